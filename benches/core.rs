//! Speed of the two things a user waits for: checking a case (on every
//! keystroke in the wizard) and rendering the complete example to PDF.

use criterion::{Criterion, criterion_group, criterion_main};
use rogatory::check::{self, Context};
use rogatory::document::{self, Options};
use rogatory::store;

fn benches(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalog = store::builtin_catalog();
    let today = "2026-11-22".parse().unwrap_or_default();
    let complete =
        store::load_case(&root.join("examples/complete-fraud-gb-us.toml")).unwrap_or_default();
    let gaps = store::load_case(&root.join("examples/gaps-search-be-fr.toml")).unwrap_or_default();
    let ctx = Context {
        today,
        document_language: Some("en".into()),
    };
    c.bench_function("check complete example", |b| {
        b.iter(|| check::check(&complete, &catalog, &ctx))
    });
    c.bench_function("check example with gaps", |b| {
        b.iter(|| check::check(&gaps, &catalog, &ctx))
    });
    let opts = Options {
        draft: false,
        ..Options::new("en", today)
    };
    c.bench_function("compose complete example", |b| {
        b.iter(|| document::compose(&complete, &catalog, &opts))
    });
    c.bench_function("render complete example to PDF", |b| {
        b.iter(|| {
            document::compose(&complete, &catalog, &opts)
                .ok()
                .and_then(|d| document::pdf::render(&d).ok())
        })
    });
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(core);
