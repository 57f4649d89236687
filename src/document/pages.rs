//! A page of the request as an image, by Typst's own rasteriser, for the
//! wizard's page preview: the only way to see Arabic shaped and right to
//! left in a terminal, which does not shape it.

use super::Document;
use super::pdf::{PdfError, lay_out};
use crate::embedded;

/// Page `page` (from 0; the last if beyond) at `pixel_per_pt`, on white,
/// and how many pages there are.
pub fn page_image(
    doc: &Document,
    page: usize,
    pixel_per_pt: f32,
) -> Result<(image::RgbaImage, usize), PdfError> {
    let layout = embedded::template(super::pdf::LAYOUT_TEMPLATE)
        .ok_or_else(|| PdfError::NoTemplate(super::pdf::LAYOUT_TEMPLATE.to_string()))?;
    let (document, _) = lay_out(doc, layout)?;
    let pages = document.pages().len();
    let Some(p) = document.pages().get(page.min(pages.saturating_sub(1))) else {
        return Err(PdfError::Layout("the document has no page".into()));
    };
    let options = typst_render::RenderOptions {
        pixel_per_pt: f64::from(pixel_per_pt).into(),
        ..Default::default()
    };
    let pixmap = typst_render::render(p, &options);
    let (w, h) = (pixmap.width(), pixmap.height());
    // Premultiplied RGBA over white.
    let mut data = pixmap.take();
    for px in data.chunks_exact_mut(4) {
        let a = 255 - px[3];
        px[0] = px[0].saturating_add(a);
        px[1] = px[1].saturating_add(a);
        px[2] = px[2].saturating_add(a);
        px[3] = 255;
    }
    let image = image::RgbaImage::from_raw(w, h, data)
        .ok_or_else(|| PdfError::Layout("page image of the wrong size".into()))?;
    Ok((image, pages))
}
