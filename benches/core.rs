//! Speed of what a user waits for: checking a case (on every keystroke in
//! the wizard), a keystroke in a 100 KB field (the model's update and the
//! frame drawn at 80×24; a frame at 60 Hz is 16 ms), a keystroke with the
//! preview on at 200×60, the request against every profile (`check
//! --all-states`), and rendering the complete example to PDF in a warm
//! process (what each further request of a batch costs).

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
    // A check that reports thousands of findings with their positions:
    // the file is parsed once, not once per finding.
    let base = std::fs::read_to_string(root.join("examples/complete-fraud-gb-us.toml"))
        .unwrap_or_default();
    let many = base + &"\n[[offences]]\nname = \"Fraud\"\n".repeat(1000);
    let many_case = rogatory::case::Case::from_toml(&many, "many.toml").unwrap_or_default();
    let ui = rogatory::i18n::Localizer::new("en");
    c.bench_function("check 1000 offences and place every finding", |b| {
        b.iter(|| {
            let findings = check::check(&many_case, &catalog, &ctx);
            let positions = rogatory::locate::Positions::new(&many);
            findings
                .iter()
                .map(|f| rogatory::app::format_finding_in(f, &ui, Some(("many.toml", &positions))))
                .map(|s| s.len())
                .sum::<usize>()
        })
    });
    // A keystroke after a 100 KB paste into the facts.
    let mut w = rogatory::wizard::Wizard::editing(
        catalog.clone(),
        today,
        complete.clone(),
        None,
        rogatory::i18n::Localizer::new("en"),
    );
    w.go_to(rogatory::wizard::Step::Facts);
    let para = "On 3 March 2025 the suspect transferred EUR 120,000 to an account abroad.\n";
    let big: String = para.repeat(1400);
    w.update(rogatory::wizard::Msg::SetText(big.clone()));
    let mut n = 0u64;
    c.bench_function("keystroke in a 100 KB field, update and frame", |b| {
        b.iter(|| {
            n += 1;
            let text = format!("{big}{}", if n.is_multiple_of(2) { "x" } else { "" });
            w.update(rogatory::wizard::Msg::SetText(text));
            rogatory::tui::render_text(&w, 80, 24)
        })
    });
    let opts = Options {
        draft: false,
        ..Options::new("en", today)
    };
    c.bench_function("compose complete example", |b| {
        b.iter(|| document::compose(&complete, &catalog, &opts))
    });
    // In process, after a one-field edit (Typst's caches warm from the
    // previous render): what the page preview would wait for.
    let mut edited = complete.clone();
    let mut e = 0u64;
    c.bench_function("re-render after a one-field edit, in process", |b| {
        b.iter(|| {
            e += 1;
            edited.purpose = format!("{} ({e})", complete.purpose);
            document::compose(&edited, &catalog, &opts)
                .ok()
                .and_then(|d| document::pdf::render(&d).ok())
        })
    });
    // The page preview after a one-field edit: compose, lay out and
    // rasterise page 1 (what the worker does before the page shows).
    let mut f = 0u64;
    c.bench_function("page image after a one-field edit", |b| {
        b.iter(|| {
            f += 1;
            edited.purpose = format!("{} ({f})", complete.purpose);
            document::compose(&edited, &catalog, &opts)
                .ok()
                .and_then(|d| document::pages::page_image(&d, 0, 2.0).ok())
        })
    });
    c.bench_function("render complete example to PDF", |b| {
        b.iter(|| {
            document::compose(&complete, &catalog, &opts)
                .ok()
                .and_then(|d| document::pdf::render(&d).ok())
        })
    });
    // Which states could I ask: the request against every profile.
    c.bench_function("assess the complete example against every profile", |b| {
        b.iter(|| rogatory::check::states::assess(&complete, &catalog, today))
    });
    // A keystroke with the preview on at 200×60, for a request of ten or
    // more pages (the complete example with its facts five times over).
    let mut long = complete.clone();
    long.facts = std::iter::repeat_n(complete.facts.as_str(), 5)
        .collect::<Vec<_>>()
        .join("\n");
    let mut w = rogatory::wizard::Wizard::editing(
        catalog.clone(),
        today,
        long.clone(),
        None,
        rogatory::i18n::Localizer::new("en"),
    );
    w.go_to(rogatory::wizard::Step::Facts);
    w.update(rogatory::wizard::Msg::Action(
        rogatory::wizard::Action::TogglePreview,
    ));
    let mut k = 0u64;
    c.bench_function(
        "keystroke with the preview on at 200x60, 10-page request",
        |b| {
            b.iter(|| {
                k += 1;
                let text = format!(
                    "{}{}",
                    long.facts,
                    if k.is_multiple_of(2) { "x" } else { "" }
                );
                w.update(rogatory::wizard::Msg::SetText(text));
                rogatory::tui::render_text(&w, 200, 60)
            })
        },
    );
}

criterion_group! {
    name = core;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(core);
