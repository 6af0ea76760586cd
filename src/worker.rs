//! Long documents are analysed in a web worker so typing never waits for the engine.
//!
//! The worker is the `kilas_worker` binary (`src/bin/kilas_worker.rs`), built by trunk as a
//! no-modules worker with a loader shim; `scripts/post_build.py` names that shim in
//! `<meta name="kilas-worker">`, and the app starts the worker with the first long text. Messages are JSON strings: a [`Job`] in, a
//! [`Reply`] out, and `"ready"` once the worker listens. Without the meta (tests, a foreign
//! host) or when the worker fails, [`Analyser::start`] gives `None` or reports the failure, and
//! the app analyses on the main thread as before.

use kilas_engine::analysis::analyze_with_terms;
use kilas_engine::terms::Terms;
use kilas_engine::{Analysis, Date, Options};
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the worker posts once its message handler is installed.
const READY: &str = "ready";

/// One analysis request; `id` comes back in the reply so stale answers can be dropped.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Job {
    pub id: u64,
    pub text: String,
    /// Publication date field (`YYYY-MM-DD`, may be empty).
    pub date: String,
    pub summary_sentences: usize,
    /// The personal terms list as typed (parsed in the worker; empty: none).
    #[serde(default)]
    pub terms: String,
}

/// The analysis of a [`Job`].
#[derive(Debug, Serialize, Deserialize)]
pub struct Reply {
    pub id: u64,
    pub analysis: Analysis,
    /// The dateline's byte span, which `Analysis` JSON leaves out but the brief needs.
    pub dateline_span: Option<(usize, usize)>,
}

/// Run a job: what the worker does with each message (pure, so it is tested natively).
pub fn run(job: &Job) -> Reply {
    let options = Options { date: Date::parse_iso(&job.date), summary_sentences: job.summary_sentences };
    let analysis = analyze_with_terms(&job.text, &options, &Terms::parse(&job.terms));
    let dateline_span = analysis.dateline.as_ref().map(|d| (d.start, d.end));
    Reply { id: job.id, analysis, dateline_span }
}

/// Read a reply back, restoring the dateline span.
pub fn decode_reply(json: &str) -> Option<Reply> {
    let mut reply: Reply = serde_json::from_str(json).ok()?;
    if let (Some(d), Some((start, end))) = (reply.analysis.dateline.as_mut(), reply.dateline_span) {
        d.start = start;
        d.end = end;
    }
    Some(reply)
}

/// Worker side: answer every job posted to this dedicated worker. Called by the worker binary.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(job) = e.data().as_string().and_then(|s| serde_json::from_str::<Job>(&s).ok()) else { return };
        if let Ok(json) = serde_json::to_string(&run(&job)) {
            let _ = post.post_message(&JsValue::from_str(&json));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// Main-thread side: one worker, at most one job in flight and one waiting (a newer job
/// replaces the waiting one, so a burst of typing costs one extra analysis, not one per pause).
pub struct Analyser {
    worker: web_sys::Worker,
    ready: Cell<bool>,
    busy: Cell<bool>,
    failed: Cell<bool>,
    waiting: RefCell<Option<String>>,
    /// The id of the last job submitted, reported if the worker fails.
    last_id: Rc<Cell<u64>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl std::fmt::Debug for Analyser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Analyser")
    }
}

/// The loader shim's URL, from `<meta name="kilas-worker" content="…">`.
fn loader_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector("meta[name=kilas-worker]").ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

impl Analyser {
    /// Start the worker. `on_reply` gets every answer; `on_failure` gets the id of the job
    /// that was lost (0 if none) when the worker cannot load or crashes; after that
    /// [`Analyser::failed`] is true and the caller analyses on the main thread.
    pub fn start(on_reply: impl Fn(Reply) + 'static, on_failure: impl Fn(u64) + 'static) -> Option<Rc<Analyser>> {
        let url = loader_url()?;
        let worker = web_sys::Worker::new(&url).ok()?;
        // The handlers need the analyser, which needs the handlers: tie them through a cell.
        let cell: Rc<RefCell<Option<std::rc::Weak<Analyser>>>> = Rc::new(RefCell::new(None));
        let last_id = Rc::new(Cell::new(0u64));
        let on_message = {
            let cell = cell.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(me) = cell.borrow().as_ref().and_then(|w| w.upgrade()) else { return };
                let Some(data) = e.data().as_string() else { return };
                if data == READY {
                    me.ready.set(true);
                } else {
                    me.busy.set(false);
                    if let Some(reply) = decode_reply(&data) {
                        on_reply(reply);
                    }
                }
                me.flush();
            })
        };
        let on_error = {
            let cell = cell.clone();
            let last_id = last_id.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                let Some(me) = cell.borrow().as_ref().and_then(|w| w.upgrade()) else { return };
                me.failed.set(true);
                me.worker.terminate();
                on_failure(last_id.get());
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let me = Rc::new(Analyser {
            worker,
            ready: Cell::new(false),
            busy: Cell::new(false),
            failed: Cell::new(false),
            waiting: RefCell::new(None),
            last_id,
            _on_message: on_message,
            _on_error: on_error,
        });
        *cell.borrow_mut() = Some(Rc::downgrade(&me));
        Some(me)
    }

    /// The worker could not load or crashed: analyse on the main thread instead.
    pub fn failed(&self) -> bool {
        self.failed.get()
    }

    /// Queue a job (replacing any job still waiting). Returns false if the worker has failed.
    pub fn submit(&self, job: &Job) -> bool {
        if self.failed.get() {
            return false;
        }
        let Ok(json) = serde_json::to_string(job) else { return false };
        *self.waiting.borrow_mut() = Some(json);
        self.last_id.set(job.id);
        self.flush();
        true
    }

    fn flush(&self) {
        if !self.ready.get() || self.busy.get() || self.failed.get() {
            return;
        }
        if let Some(json) = self.waiting.borrow_mut().take() {
            self.busy.set(true);
            let _ = self.worker.post_message(&JsValue::from_str(&json));
        }
    }
}

impl Drop for Analyser {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
