# Interface and command-line messages (English).

language-self-name = English

cli-hint = hint: { $hint }
cli-summary = { $errors } errors, { $warnings } warnings, { $notes } notes
cli-bad-today = --today: "{ $value }" is not a date in the form YYYY-MM-DD.
cli-profiles-dir-missing = --profiles: { $dir } is not a directory.
cli-profile-skipped = warning: profile skipped: { $problem }
cli-profile-broken = error: { $problem }
cli-profile-ok = { $file }: ok
cli-profiles-checked = { $count } profile files checked, { $errors } errors.
cli-cannot-read = error: { $error }
cli-cannot-write = error: could not write: { $error }
cli-render-refused = The request has { $count } errors; it was not rendered. Fix them, or use --draft to produce a draft marked DRAFT on every page.
cli-compose-failed = error: could not produce the document: { $error }
cli-rendered = Wrote { $path } (language: { $lang }; { $warnings } warnings).
cli-no-profile = No profile for { $code }. See: rogatory profiles list
cli-exists = error: { $path } already exists; it was left untouched.
cli-created = Created { $path }. Fill it in, then run: rogatory check { $path }
cli-verified = verified { $date }

origin-builtin = built-in
origin-system = system
origin-user = user
origin-option = --profiles

show-state = State
show-file = File
show-verified = Verified
show-languages = Languages
show-languages-note = Languages (note)
show-channels = Channels
show-channels-note = Channels (note)
show-central-authority = Central authority
show-address = Address
show-email = E-mail
show-phone = Telephone
show-website = Website
show-note = Note
show-notes = Notes
show-competent = Competent authority
show-legal-basis = Legal basis
show-dual-criminality = Dual criminality
show-measure = Measure
show-unavailable = not available
show-signature = Signature required
show-seal = Seal required
show-legalisation = Legalisation required
show-apostille = Apostille required
show-certified-translation = Certified translation required
show-source = Source

dc-not-required = not required
dc-coercive-only = required for coercive measures only
dc-always = always required
wizard-unavailable = The wizard is not available in this build yet; use the commands listed by rogatory --help.
cli-not-pdf-a = warning: some characters have no glyph in the embedded fonts, so the PDF is not PDF/A; they may show as boxes.
cli-layout-warning = warning: { $warning }
