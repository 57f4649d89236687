# Wording of the request document (French).
# Placeables hold values already formatted for this language.
# State phrases carry an article ("les États-Unis"); sentences place them
# in apposition so that "de"/"à" never have to contract with the article.

direction = ltr
doc-title = Demande d'entraide judiciaire en matière pénale
doc-subject = Demande d'entraide judiciaire en matière pénale – { $state-name }
doc-keyword-mla = entraide judiciaire
header-reference = Réf. { $reference }
page-of = Page { $n } sur { $total }
mark-draft = PROJET
mark-urgent = URGENT
mark-custody = PERSONNE DÉTENUE
mark-confidential = CONFIDENTIEL

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-format = { $day } { $month } { $year }
day-1 = 1er
date-range = du { $from } au { $to }
born-on-in = { $date }, { $place }
value-yes = Oui
value-no = Non
# A treaty of the registry and its article on mutual assistance.
basis-treaty-article = { $treaty }, article { $article }
basis-treaty = { $treaty }
list-separator = { ", " }
basis-reciprocity = Réciprocité

label-from = Expéditeur
label-to = Destinataire
label-our-reference = Notre référence
label-date = Date
label-subject = Objet :
subject-line = Demande d'entraide judiciaire en matière pénale – { $matter }
subject-matter-against = procédure pénale visant { $names }
subject-and-others = { $name } et autres
label-transmission = Voie de transmission
transmission-central-authority = Par l'intermédiaire de l'autorité centrale
transmission-direct = Directement entre autorités judiciaires
transmission-diplomatic = Par la voie diplomatique
recipient-competent = L'autorité judiciaire compétente
intro = L'autorité requérante, { $authority } ({ $state-name }), sollicite respectueusement l'entraide des autorités compétentes { $requested-of } dans l'affaire pénale exposée ci-après et leur serait reconnaissante de bien vouloir donner suite à la présente demande.

heading-requesting-authority = Autorité requérante
label-authority = Autorité
label-state = État
label-contact = Personne chargée du dossier
label-phone = Téléphone
label-email = Courriel
label-office-hours = Heures de bureau
label-languages-spoken = Langues parlées
label-reply-channel = Voie de réponse souhaitée

heading-legal-basis = Fondement juridique
legal-basis-clause = Fondement juridique de la présente demande : { $basis }.

heading-proceeding = Objet et nature de la procédure
label-proceeding-kind = Nature de la procédure
label-stage = Stade de la procédure
label-references = Références du dossier
label-conducting-authority = Autorité chargée de la procédure
label-functions = Fonctions de cette autorité
label-final-judgment = Décision définitive antérieure portant sur les mêmes faits

heading-offences = Infractions
offence-heading = Infraction { $n } : { $name }
label-provision = Disposition légale
label-provision-text = Texte de la disposition
label-max-penalty = Peine maximale encourue
label-committed = Date ou période des faits
label-place = Lieu de commission
label-limitation = Date d'acquisition de la prescription

heading-facts = Résumé des faits

heading-persons = Personnes concernées
person-heading = { $n }. { $name } ({ $role })
label-other-names = Autres noms
label-born = Date et lieu de naissance
label-nationality = État de nationalité
label-incorporated = État d'immatriculation
label-id-documents = Pièces d'identité
label-registration = Immatriculation
label-address = Adresse
label-person-language = Langue
label-notes = Autres précisions

heading-assistance = Entraide demandée
assistance-intro = L'autorité requérante prie les autorités compétentes { $requested-of } de bien vouloir exécuter les mesures suivantes.
measure-heading = Mesure { $n } : { $title }

heading-purpose = But de la demande
heading-link = Lien avec l'État requis

heading-procedures = Procédure particulière à suivre
procedure-officials-present = L'autorité requérante demande que ses agents soient autorisés à assister à l'exécution de la demande.
procedure-defence-present = L'autorité requérante demande que l'avocat de la défense soit autorisé à assister à l'exécution de la demande.
procedure-verbatim-record = Il est demandé que les déclarations soient consignées intégralement et mot pour mot dans un procès-verbal.
procedure-chain-of-custody = Il est demandé que la traçabilité des objets saisis soit documentée sans interruption, de leur saisie jusqu'à leur remise.

heading-urgency = Urgence
urgency-clause = La présente demande revêt un caractère urgent. Le résultat est nécessaire au plus tard le { $date }.

heading-confidentiality = Confidentialité
confidentiality-clause = L'autorité requérante demande que le secret soit gardé sur la présente demande et sa teneur, sauf dans la mesure nécessaire pour l'exécuter.
no-disclosure-clause = Les personnes concernées ne doivent être informées ni de la présente demande ni de son exécution.

heading-assurances = Garanties
assurance-speciality = Les informations et les éléments de preuve obtenus ne seront pas utilisés aux fins d'enquêtes, de poursuites ou de procédures judiciaires autres que celles visées dans la présente demande sans le consentement préalable { $requested-of }.
assurance-no-death-penalty = Au nom { $state-of }, l'autorité requérante garantit que la peine de mort ne sera pas prononcée ou, si elle l'est, qu'elle ne sera pas exécutée.
assurance-return-originals = Les documents et objets originaux remis seront restitués dès qu'ils ne seront plus nécessaires.
assurance-reciprocity = Au nom { $state-of }, l'autorité requérante s'engage à ce que l'entraide soit accordée { $requested-to } dans des affaires comparables.

heading-earlier = Demandes et contacts antérieurs

heading-annexes = Annexes
annex-item = Annexe { $n } : { $title }
annexes-none = Aucune
annex-certificate = Certificat de traduction (ci-dessous)
heading-certificate = Certificat de traduction
certificate-text = Je soussigné(e), traducteur ou traductrice, certifie que le présent texte est une traduction complète et fidèle de la demande originale.
label-translated-from = Langue de l'original
label-translated-into = Langue de la traduction
label-translator = Traducteur ou traductrice
label-qualification = Qualité

closing = L'autorité requérante remercie les autorités compétentes { $requested-of } de leur concours et se tient à leur disposition pour tout renseignement complémentaire.
label-signed = Signature
label-name = Nom
label-title = Qualité
label-place-date = Lieu et date
sign-place-date = { $place }{ ", " }{ $date }
label-seal = Sceau officiel

# State names inside a sentence, with the article French requires.
state-phrase-US = les États-Unis
state-phrase-GB = le Royaume-Uni
state-phrase-NL = les Pays-Bas
state-phrase-PH = les Philippines
state-phrase-BS = les Bahamas
state-phrase-GM = la Gambie
state-phrase-AE = les Émirats arabes unis
state-phrase-DO = la République dominicaine
state-phrase-CF = la République centrafricaine

mark-untranslated = Non traduit — original en { $lang }

annex-internal-title = Évaluation interne : double incrimination et motifs de refus
annex-internal-mark = INTERNE — NE FAIT PAS PARTIE DE LA DEMANDE — NE PAS TRANSMETTRE
annex-internal-intro = Avis destiné au dossier de l'autorité requérante, établi par Rogatory à partir du profil de l'État requis. Il ne constitue pas un avis juridique et n'est jamais transmis avec la demande.
# A user-assigned code (XA-XZ) standing for a state in training material.
state-fictitious = État fictif { $code } (formation)
draft-missing = [manquant : { $field }]
label-requested-state = État requis
label-requesting-state = État requérant
label-sign-place = Lieu
state-fictitious-of = de l'État fictif { $code } (formation)
state-fictitious-to = à l'État fictif { $code } (formation)
state-fictitious-gen = État fictif { $code } (formation)
state-fictitious-dat = État fictif { $code } (formation)
