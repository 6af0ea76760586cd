//! The analysis web worker (built by trunk with `data-type="worker"`): see `kilas_web::worker`.

fn main() {
    kilas_web::worker::serve();
}
