// A long original document (written for these tests): 90 numbered paragraphs, 450 sentences,
// every paragraph its own text. Used by worker.test.mjs and bench-render.mjs.
const paragraph = (i) =>
  `Paragraf ${i}. Pemerintah Kabupaten Sigi membangun ${i + 2} jembatan gantung baru di Kecamatan Kulawi ` +
  `dengan anggaran Rp${i + 1},5 miliar pada Senin (${(i % 28) + 1}/3). Kepala Dinas Pekerjaan Umum, ` +
  `Andi Pratama, mengatakan pembangunan itu membuka akses warga ke pasar dan sekolah. ` +
  `"Kami menargetkan pekerjaan selesai sebelum musim hujan," kata Andi di Sigi. ` +
  `Warga menyambut baik rencana tersebut karena selama ini mereka menyeberangi sungai dengan rakit.\n\n`;
export const LONG = 'Sigi (ANTARA) - ' + Array.from({ length: 90 }, (_, i) => paragraph(i + 1)).join('');
