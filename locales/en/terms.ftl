# Names shared by the interface and the document (English).

measure-witness-statement = Taking a witness statement
measure-video-hearing = Hearing by video link
measure-suspect-interview = Interview of a suspect
measure-service-of-documents = Service of documents
measure-bank-records = Production of bank records
measure-other-records = Production of other records
measure-search-seizure = Search and seizure
measure-asset-freezing = Freezing or seizure of assets
measure-confiscation = Confiscation and return of assets
measure-data-preservation = Expedited preservation of stored computer data
measure-data-disclosure = Disclosure of stored computer data
measure-interception = Real-time collection or interception
measure-locate-person = Locating or identifying a person
measure-transfer-detained = Temporary transfer of a person in custody
measure-examine-objects = Examination of objects or sites

field-person = Person concerned
field-purpose = Purpose of this measure
field-questions = Questions to be put
field-oath = Under oath or affirmation
field-officials-present = Officials asking to be present
field-recording = Recording
field-interpreter = Interpreter
field-date-from = From
field-date-to = To
field-technical-contact = Technical contact
field-presiding = Presiding authority
field-perjury-law = Applicable law on perjury
field-caution = Rights to be read to the suspect
field-lawyer = Lawyer
field-documents = Documents to be served
field-address = Address
field-manner = Manner of service
field-proof-of-service = Proof of service required
field-deadline = Deadline (hearing date)
field-institution = Institution or record holder
field-accounts = Accounts (IBAN or number)
field-identifiers = Identifiers
field-record-types = Records requested
field-certification = Certification of business records
field-no-customer-notice = Customer not to be informed
field-premises = Premises or person to be searched
field-items = Items sought
field-grounds = Grounds to believe they are there
field-disposal = What to do with seized items
field-assets = Assets
field-value = Estimated value
field-domestic-order = Domestic order (annexed)
field-victims = Victims
field-sharing = Proposal for asset sharing
field-provider = Service provider
field-data = Data concerned
field-risk = Why the data is at risk
field-follow-up = A request for disclosure will follow
field-duration = Duration
field-known-details = Known details
field-consent = The person consents
field-custody = Custody guarantees and return
field-site = Place
field-expert-questions = Questions for the expert

role-suspect = { $gender ->
       *[other] suspect
    }
role-accused = { $gender ->
       *[other] accused
    }
role-witness = { $gender ->
       *[other] witness
    }
role-victim = { $gender ->
       *[other] victim
    }
role-expert = { $gender ->
       *[other] expert
    }
role-company = company

proceeding-investigation = Criminal investigation
proceeding-prosecution = Prosecution
proceeding-trial = Trial
proceeding-appeal = Appeal
proceeding-enforcement = Enforcement of a judgment

channel-central-authority = Central authority
channel-diplomatic = Diplomatic channel
channel-direct = Directly between judicial authorities
channel-interpol = INTERPOL (urgent cases)

# EU list categories (Framework Decision 2002/584/JHA art. 2(2)).
eu-criminal-organisation = participation in a criminal organisation
eu-terrorism = terrorism
eu-trafficking-human-beings = trafficking in human beings
eu-child-sexual-exploitation = sexual exploitation of children and child pornography
eu-drug-trafficking = illicit trafficking in narcotic drugs and psychotropic substances
eu-weapons-trafficking = illicit trafficking in weapons, munitions and explosives
eu-corruption = corruption
eu-fraud = fraud
eu-money-laundering = laundering of the proceeds of crime
eu-counterfeiting-currency = counterfeiting currency
eu-computer-crime = computer-related crime
eu-environmental-crime = environmental crime
eu-facilitation-unauthorised-entry = facilitation of unauthorised entry and residence
eu-murder-grievous-bodily-injury = murder, grievous bodily injury
eu-organ-trafficking = illicit trade in human organs and tissue
eu-kidnapping-hostage-taking = kidnapping, illegal restraint and hostage-taking
eu-racism-xenophobia = racism and xenophobia
eu-organised-armed-robbery = organised or armed robbery
eu-cultural-goods-trafficking = illicit trafficking in cultural goods
eu-swindling = swindling
eu-racketeering-extortion = racketeering and extortion
eu-counterfeiting-piracy-products = counterfeiting and piracy of products
eu-forgery-administrative-documents = forgery of administrative documents and trafficking therein
eu-forgery-means-of-payment = forgery of means of payment
eu-hormonal-substances-trafficking = illicit trafficking in hormonal substances and other growth promoters
eu-nuclear-materials-trafficking = illicit trafficking in nuclear or radioactive materials
eu-stolen-vehicles-trafficking = trafficking in stolen vehicles
eu-rape = rape
eu-arson = arson
eu-icc-crimes = crimes within the jurisdiction of the International Criminal Court
eu-unlawful-seizure-aircraft-ships = unlawful seizure of aircraft or ships
eu-sabotage = sabotage
