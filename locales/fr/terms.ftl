# Names shared by the interface and the document (French).

measure-witness-statement = Recueil de témoignage
measure-video-hearing = Audition par vidéoconférence
measure-suspect-interview = Audition d'une personne soupçonnée
measure-service-of-documents = Signification d'actes
measure-bank-records = Communication de documents bancaires
measure-other-records = Communication d'autres documents
measure-search-seizure = Perquisition et saisie
measure-asset-freezing = Gel ou saisie d'avoirs
measure-confiscation = Confiscation et restitution d'avoirs
measure-data-preservation = Conservation rapide de données informatiques stockées
measure-data-disclosure = Divulgation de données informatiques stockées
measure-interception = Collecte en temps réel ou interception
measure-locate-person = Localisation ou identification d'une personne
measure-transfer-detained = Transfèrement temporaire d'une personne détenue
measure-examine-objects = Examen d'objets ou de lieux

field-person = Personne concernée
field-purpose = But de la mesure
field-questions = Questions à poser
field-oath = Déposition sous serment ou par déclaration solennelle
field-officials-present = Agents demandant à être présents
field-recording = Enregistrement
field-interpreter = Interprète
field-date-from = Du
field-date-to = Au
field-technical-contact = Contact technique
field-presiding = Autorité conduisant l'audition
field-perjury-law = Législation applicable en matière de faux témoignage
field-caution = Droits à notifier à la personne soupçonnée
field-lawyer = Avocat
field-documents = Actes à signifier
field-address = Adresse
field-manner = Mode de signification
field-proof-of-service = Preuve de la signification requise
field-deadline = Date limite (date d'audience)
field-institution = Établissement ou détenteur des documents
field-accounts = Comptes (IBAN ou numéro)
field-identifiers = Identifiants
field-record-types = Documents demandés
field-certification = Attestation d'authenticité des documents
field-no-customer-notice = Interdiction d'informer le client
field-premises = Lieux à perquisitionner ou personne à fouiller
field-items = Objets recherchés
field-grounds = Motifs de croire qu'ils s'y trouvent
field-disposal = Sort à réserver aux objets saisis
field-assets = Avoirs
field-value = Valeur estimée
field-domestic-order = Décision nationale (jointe en annexe)
field-victims = Victimes
field-sharing = Proposition de partage des avoirs
field-provider = Fournisseur de services
field-data = Données concernées
field-risk = Raisons pour lesquelles les données risquent d'être perdues
field-follow-up = Une demande de divulgation suivra
field-duration = Durée
field-known-details = Éléments connus
field-consent = La personne y consent
field-custody = Garanties de maintien en détention et de renvoi
field-site = Lieu
field-expert-questions = Questions à l'expert

role-suspect = personne soupçonnée
role-accused = personne poursuivie
role-witness = témoin
role-victim = victime
role-expert = { $gender ->
        [female] experte
       *[other] expert
    }
role-company = société

proceeding-investigation = Enquête pénale
proceeding-prosecution = Poursuites pénales
proceeding-trial = Jugement
proceeding-appeal = Appel
proceeding-enforcement = Exécution d'une décision

channel-central-authority = Autorité centrale
channel-diplomatic = Voie diplomatique
channel-direct = Directement entre autorités judiciaires
channel-interpol = INTERPOL (en cas d'urgence)

# Catégories de la liste de l'UE (décision-cadre 2002/584/JAI, art. 2, paragraphe 2).
eu-criminal-organisation = participation à une organisation criminelle
eu-terrorism = terrorisme
eu-trafficking-human-beings = traite des êtres humains
eu-child-sexual-exploitation = exploitation sexuelle des enfants et pédopornographie
eu-drug-trafficking = trafic illicite de stupéfiants et de substances psychotropes
eu-weapons-trafficking = trafic illicite d'armes, de munitions et d'explosifs
eu-corruption = corruption
eu-fraud = fraude
eu-money-laundering = blanchiment du produit du crime
eu-counterfeiting-currency = faux monnayage
eu-computer-crime = cybercriminalité
eu-environmental-crime = crimes contre l'environnement
eu-facilitation-unauthorised-entry = aide à l'entrée et au séjour irréguliers
eu-murder-grievous-bodily-injury = homicide volontaire, coups et blessures graves
eu-organ-trafficking = trafic illicite d'organes et de tissus humains
eu-kidnapping-hostage-taking = enlèvement, séquestration et prise d'otage
eu-racism-xenophobia = racisme et xénophobie
eu-organised-armed-robbery = vols organisés ou avec arme
eu-cultural-goods-trafficking = trafic illicite de biens culturels
eu-swindling = escroquerie
eu-racketeering-extortion = racket et extorsion de fonds
eu-counterfeiting-piracy-products = contrefaçon et piratage de produits
eu-forgery-administrative-documents = falsification de documents administratifs et trafic de faux
eu-forgery-means-of-payment = falsification de moyens de paiement
eu-hormonal-substances-trafficking = trafic illicite de substances hormonales et autres facteurs de croissance
eu-nuclear-materials-trafficking = trafic illicite de matières nucléaires et radioactives
eu-stolen-vehicles-trafficking = trafic de véhicules volés
eu-rape = viol
eu-arson = incendie volontaire
eu-icc-crimes = crimes relevant de la compétence de la Cour pénale internationale
eu-unlawful-seizure-aircraft-ships = détournement d'avion ou de navire
eu-sabotage = sabotage
