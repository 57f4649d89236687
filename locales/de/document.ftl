# Wording of the request document (German).
# Placeables hold values already formatted for this language.
# State phrases carry an article in the nominative ("die Vereinigten Staaten");
# sentences use them only where nominative and accusative coincide
# (after "für", "durch" or as accusative object), never in the dative.

direction = ltr
doc-title = Ersuchen um Rechtshilfe in Strafsachen
doc-subject = Ersuchen um Rechtshilfe in Strafsachen – { $state-name }
doc-keyword-mla = Rechtshilfe
header-reference = Az. { $reference }
page-of = Seite { $n } von { $total }
mark-draft = ENTWURF
mark-urgent = EILT
mark-custody = HAFTSACHE
mark-confidential = VERTRAULICH

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-format = { $day }. { $month } { $year }
day-1 = 1
date-range = vom { $from } bis zum { $to }
born-on-in = { $date } in { $place }
value-yes = Ja
value-no = Nein
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, Artikel { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Gegenseitigkeit

label-from = Absender
label-to = Empfänger
label-our-reference = Unser Zeichen
label-date = Datum
label-subject = Betreff:
subject-line = Ersuchen um Rechtshilfe in Strafsachen – { $matter }
subject-matter-against = Strafsache gegen { $names }
subject-and-others = { $name } und andere
label-transmission = Übermittlungsweg
transmission-central-authority = Über die Zentralbehörde
transmission-direct = Unmittelbar zwischen den Justizbehörden
transmission-diplomatic = Auf diplomatischem Weg
recipient-competent = Die zuständige Justizbehörde
intro = Die ersuchende Behörde, { $authority } ({ $state-name }), ersucht die zuständigen Behörden { $requested-gen } um Rechtshilfe in der nachstehend beschriebenen Strafsache und wäre für die Erledigung dieses Ersuchens dankbar.

heading-requesting-authority = Ersuchende Behörde
label-authority = Behörde
label-state = Staat
label-contact = Ansprechperson
label-phone = Telefon
label-email = E-Mail
label-office-hours = Dienstzeiten
label-languages-spoken = Sprachkenntnisse
label-reply-channel = Bevorzugter Weg für die Antwort

heading-legal-basis = Rechtsgrundlage
legal-basis-clause = Rechtsgrundlage dieses Ersuchens: { $basis }.

heading-proceeding = Gegenstand und Art des Verfahrens
label-proceeding-kind = Art des Verfahrens
label-stage = Verfahrensstand
label-references = Aktenzeichen
label-conducting-authority = Verfahrensführende Behörde
label-functions = Aufgaben dieser Behörde
label-final-judgment = Frühere rechtskräftige Entscheidung wegen desselben Sachverhalts

heading-offences = Straftaten
offence-heading = Straftat { $n }: { $name }
label-provision = Strafvorschrift
label-provision-text = Wortlaut der Vorschrift
label-max-penalty = Höchststrafe
label-committed = Tatzeit
label-place = Tatort
label-limitation = Eintritt der Verjährung

heading-facts = Zusammenfassung des Sachverhalts

heading-persons = Betroffene Personen
person-heading = { $n }. { $name } ({ $role })
label-other-names = Andere Namen
label-born = Geburtsdatum und -ort
label-nationality = Staatsangehörigkeit
label-incorporated = Staat der Eintragung
label-id-documents = Ausweisdokumente
label-registration = Registerangaben
label-address = Anschrift
label-person-language = Sprache
label-notes = Weitere Angaben

heading-assistance = Erbetene Rechtshilfe
assistance-intro = Die ersuchende Behörde bittet die zuständigen Behörden { $requested-gen }, die folgenden Maßnahmen durchzuführen.
measure-heading = Maßnahme { $n }: { $title }

heading-purpose = Zweck des Ersuchens
heading-link = Bezug zum ersuchten Staat

heading-procedures = Zu beachtende Verfahrensweise
procedure-officials-present = Die ersuchende Behörde bittet, ihren Beamten die Anwesenheit bei der Erledigung des Ersuchens zu gestatten.
procedure-defence-present = Die ersuchende Behörde bittet, der Verteidigung die Anwesenheit bei der Erledigung des Ersuchens zu gestatten.
procedure-verbatim-record = Es wird gebeten, die Aussagen wörtlich zu protokollieren.
procedure-chain-of-custody = Es wird gebeten, die Beweismittelkette der sichergestellten Gegenstände von der Sicherstellung bis zur Übergabe lückenlos zu dokumentieren.

heading-urgency = Eilbedürftigkeit
urgency-clause = Dieses Ersuchen ist eilbedürftig. Das Ergebnis wird spätestens zum { $date } benötigt.

heading-confidentiality = Vertraulichkeit
confidentiality-clause = Die ersuchende Behörde bittet, dieses Ersuchen und seinen Inhalt vertraulich zu behandeln, soweit nicht seine Erledigung eine Offenlegung erfordert.
no-disclosure-clause = Es wird gebeten, die betroffenen Personen von diesem Ersuchen und seiner Erledigung nicht in Kenntnis zu setzen.

heading-assurances = Zusicherungen
assurance-speciality = Die erlangten Informationen und Beweismittel werden ohne vorherige Zustimmung { $requested-gen } nicht für andere als die in diesem Ersuchen genannten Ermittlungen, Strafverfolgungen oder Gerichtsverfahren verwendet.
assurance-no-death-penalty = Die ersuchende Behörde sichert im Namen { $state-gen } zu, dass die Todesstrafe nicht verhängt oder, falls sie verhängt wird, nicht vollstreckt wird.
assurance-return-originals = Übermittelte Originalschriftstücke und Gegenstände werden zurückgegeben, sobald sie nicht mehr benötigt werden.
assurance-reciprocity = Die ersuchende Behörde sichert im Namen { $state-gen } zu, dass { $requested-dat } in vergleichbaren Fällen ebenfalls Rechtshilfe geleistet wird.

heading-earlier = Frühere Ersuchen und Kontakte

heading-annexes = Anlagen
annex-item = Anlage { $n }: { $title }
annexes-none = Keine
annex-certificate = Übersetzungsbescheinigung (unten)
heading-certificate = Übersetzungsbescheinigung
certificate-text = Die Richtigkeit und Vollständigkeit der vorstehenden Übersetzung des ursprünglichen Ersuchens wird hiermit bescheinigt.
label-translated-from = Sprache des Originals
label-translated-into = Sprache der Übersetzung
label-translator = Übersetzer/in
label-qualification = Qualifikation

closing = Die ersuchende Behörde dankt den zuständigen Behörden { $requested-gen } für ihre Unterstützung und steht für weitere Auskünfte gern zur Verfügung.
label-signed = Unterschrift
label-name = Name
label-title = Amtsbezeichnung
label-place-date = Ort und Datum
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Dienstsiegel

# State names inside a sentence (nominative/accusative, with article).
state-phrase-US = die Vereinigten Staaten
state-phrase-GB = das Vereinigte Königreich
state-phrase-NL = die Niederlande
state-phrase-PH = die Philippinen
state-phrase-BS = die Bahamas
state-phrase-GM = Gambia
state-phrase-AE = die Vereinigten Arabischen Emirate
state-phrase-DO = die Dominikanische Republik
state-phrase-CF = die Zentralafrikanische Republik

mark-untranslated = Noch nicht übersetzt — Original: { $lang }

annex-internal-title = Interne Bewertung: beiderseitige Strafbarkeit und Ablehnungsgründe
annex-internal-mark = INTERN — NICHT TEIL DES ERSUCHENS — NICHT VERSENDEN
annex-internal-intro = Hinweise für die Akte der ersuchenden Behörde, von Rogatory anhand des Profils des ersuchten Staates erstellt. Sie sind kein Rechtsgutachten und werden niemals mit dem Ersuchen versandt.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = fiktiver Staat { $code } (Schulung)
draft-missing = [fehlt: { $field }]
label-requested-state = Ersuchter Staat
label-requesting-state = Ersuchender Staat
label-sign-place = Ort
state-fictitious-gen = des fiktiven Staates { $code } (Schulung)
state-fictitious-dat = dem fiktiven Staat { $code } (Schulung)
state-fictitious-of = fiktiver Staat { $code } (Schulung)
state-fictitious-to = fiktiver Staat { $code } (Schulung)
