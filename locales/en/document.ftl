# Wording of the request document (English).
# Placeables hold values already formatted for this language.

direction = ltr
doc-title = Request for Mutual Legal Assistance in Criminal Matters
doc-subject = Request for mutual legal assistance in criminal matters to { $state }
doc-keyword-mla = mutual legal assistance
header-reference = Ref. { $reference }
page-of = Page { $n } of { $total }
mark-draft = DRAFT
mark-urgent = URGENT
mark-custody = PERSON IN CUSTODY
mark-confidential = CONFIDENTIAL

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-format = { $day } { $month } { $year }
# The first day of a month, where a language writes it its own way (French 1er).
day-1 = 1
date-range = from { $from } to { $to }
born-on-in = { $date }, { $place }
value-yes = Yes
value-no = No
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, article { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Reciprocity

label-from = From
label-to = To
label-our-reference = Our reference
label-date = Date
label-subject = Subject:
subject-line = Request for mutual legal assistance in criminal matters – { $matter }
subject-matter-against = criminal matter concerning { $names }
subject-and-others = { $name } and others
label-transmission = Transmission
transmission-central-authority = Through the central authority
transmission-direct = Directly between judicial authorities
transmission-diplomatic = Through diplomatic channels
recipient-competent = The competent judicial authority
intro = The requesting authority, { $authority } ({ $state-name }), respectfully requests the assistance of the competent authorities of { $requested } in the criminal matter described below, and would be grateful for its execution.

heading-requesting-authority = Requesting authority
label-authority = Authority
label-state = State
label-contact = Person handling the case
label-phone = Telephone
label-email = E-mail
label-office-hours = Office hours
label-languages-spoken = Languages spoken
label-reply-channel = Preferred channel for reply

heading-legal-basis = Legal basis
legal-basis-clause = Legal basis of this request: { $basis }.

heading-proceeding = Subject matter and nature of the proceeding
label-proceeding-kind = Nature of the proceeding
label-stage = Stage of the proceeding
label-references = Case references
label-conducting-authority = Authority conducting the proceeding
label-functions = Functions of that authority
label-final-judgment = Earlier final judgment on the same facts

heading-offences = Offences
offence-heading = Offence { $n }: { $name }
label-provision = Provision
label-provision-text = Text of the provision
label-max-penalty = Maximum penalty
label-committed = Date of commission
label-place = Place of commission
label-limitation = Limitation date

heading-facts = Summary of the facts

heading-persons = Persons concerned
person-heading = { $n }. { $name } ({ $role })
label-other-names = Other names
label-born = Date and place of birth
label-nationality = Nationality
label-incorporated = State of registration
label-id-documents = Identity documents
label-registration = Registration details
label-address = Address
label-person-language = Language
label-notes = Further details

heading-assistance = Assistance requested
assistance-intro = The requesting authority asks the competent authorities of { $requested } to carry out the following measures.
measure-heading = Measure { $n }: { $title }

heading-purpose = Purpose of the request
heading-link = Connection with the requested State

heading-procedures = Procedures to be followed
procedure-officials-present = The requesting authority asks that its officials be permitted to be present during the execution of the request.
procedure-defence-present = The requesting authority asks that defence counsel be permitted to be present during the execution of the request.
procedure-verbatim-record = A verbatim record of statements should be made.
procedure-chain-of-custody = The chain of custody of seized items should be documented from seizure to transfer.

heading-urgency = Urgency
urgency-clause = This request is urgent. The result is needed by { $date }.

heading-confidentiality = Confidentiality
confidentiality-clause = The requesting authority asks that this request and its contents be kept confidential, except to the extent necessary to execute it.
no-disclosure-clause = The persons concerned must not be informed of this request or of its execution.

heading-assurances = Assurances
assurance-speciality = The information and evidence obtained will not be used for investigations, prosecutions or judicial proceedings other than those stated in this request without the prior consent of { $requested }.
assurance-no-death-penalty = On behalf of { $state }, the requesting authority assures that the death penalty will not be imposed or, if imposed, will not be carried out.
assurance-return-originals = Original documents and objects provided will be returned as soon as they are no longer needed.
assurance-reciprocity = On behalf of { $state }, the requesting authority undertakes that assistance will be granted to { $requested } in comparable cases.

heading-earlier = Earlier requests and contacts

heading-annexes = Annexes
annex-item = Annex { $n }: { $title }
annexes-none = None
annex-certificate = Certificate of translation (below)
heading-certificate = Certificate of translation
certificate-text = I, the undersigned translator, certify that this text is a complete and accurate translation of the original request.
label-translated-from = Language of the original
label-translated-into = Language of the translation
label-translator = Translator
label-qualification = Qualification

closing = The requesting authority thanks the competent authorities of { $requested } for their assistance and remains available to provide any further information.
label-signed = Signature
label-name = Name
label-title = Title
label-place-date = Place and date
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Official seal

# State names inside a sentence, where English needs an article.
state-phrase-US = the United States
state-phrase-GB = the United Kingdom
state-phrase-NL = the Netherlands
state-phrase-PH = the Philippines
state-phrase-BS = the Bahamas
state-phrase-GM = the Gambia
state-phrase-AE = the United Arab Emirates
state-phrase-DO = the Dominican Republic
state-phrase-CF = the Central African Republic

mark-untranslated = Not yet translated — original in { $lang }

annex-internal-title = Internal assessment: dual criminality and grounds for refusal
annex-internal-mark = INTERNAL — NOT PART OF THE REQUEST — DO NOT SEND
annex-internal-intro = Advice for the requesting authority's file, produced by Rogatory from the requested state's profile. It is not a legal opinion and is never sent with the request.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = fictitious state { $code } (training)
# The same in the grammatical forms other languages need (see grammar.rs).
state-fictitious-gen = fictitious state { $code } (training)
state-fictitious-dat = fictitious state { $code } (training)
state-fictitious-of = fictitious state { $code } (training)
state-fictitious-to = fictitious state { $code } (training)
draft-missing = [missing: { $field }]
label-requested-state = Requested state
label-requesting-state = Requesting state
label-sign-place = Place
