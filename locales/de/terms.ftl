# Names shared by the interface and the document (German).

measure-witness-statement = Zeugenvernehmung
measure-video-hearing = Vernehmung per Videokonferenz
measure-suspect-interview = Beschuldigtenvernehmung
measure-service-of-documents = Zustellung von Schriftstücken
measure-bank-records = Herausgabe von Bankunterlagen
measure-other-records = Herausgabe sonstiger Unterlagen
measure-search-seizure = Durchsuchung und Beschlagnahme
measure-asset-freezing = Einfrieren oder Beschlagnahme von Vermögenswerten
measure-confiscation = Einziehung und Rückgabe von Vermögenswerten
measure-data-preservation = Umgehende Sicherung gespeicherter Computerdaten
measure-data-disclosure = Herausgabe gespeicherter Computerdaten
measure-interception = Erhebung in Echtzeit oder Überwachung der Telekommunikation
measure-locate-person = Aufenthaltsermittlung oder Identifizierung einer Person
measure-transfer-detained = Zeitweilige Überstellung einer inhaftierten Person
measure-examine-objects = Untersuchung von Gegenständen oder Örtlichkeiten

field-person = Betroffene Person
field-purpose = Zweck dieser Maßnahme
field-questions = Zu stellende Fragen
field-oath = Unter Eid oder eidesgleicher Bekräftigung
field-officials-present = Beamte, deren Anwesenheit erbeten wird
field-recording = Aufzeichnung
field-interpreter = Dolmetscher
field-date-from = Von
field-date-to = Bis
field-technical-contact = Technische Ansprechperson
field-presiding = Vernehmungsleitende Behörde
field-perjury-law = Anwendbare Vorschriften über Falschaussagen
field-caution = Dem Beschuldigten zu erteilende Belehrungen
field-lawyer = Rechtsbeistand
field-documents = Zuzustellende Schriftstücke
field-address = Anschrift
field-manner = Art der Zustellung
field-proof-of-service = Zustellungsnachweis erbeten
field-deadline = Frist (Verhandlungstermin)
field-institution = Institut oder Stelle, die die Unterlagen verwahrt
field-accounts = Konten (IBAN oder Nummer)
field-identifiers = Kennungen
field-record-types = Erbetene Unterlagen
field-certification = Echtheitsbescheinigung für Geschäftsunterlagen
field-no-customer-notice = Benachrichtigung des Kunden unterbleibt
field-premises = Zu durchsuchende Räumlichkeiten oder Person
field-items = Gesuchte Gegenstände
field-grounds = Gründe für die Annahme, dass sie sich dort befinden
field-disposal = Weitere Behandlung der sichergestellten Gegenstände
field-assets = Vermögenswerte
field-value = Geschätzter Wert
field-domestic-order = Inländische Anordnung (als Anlage beigefügt)
field-victims = Geschädigte
field-sharing = Vorschlag zur Aufteilung der Vermögenswerte
field-provider = Diensteanbieter
field-data = Betroffene Daten
field-risk = Gründe für die Gefahr des Datenverlusts
field-follow-up = Ein Ersuchen um Herausgabe folgt
field-duration = Dauer
field-known-details = Bekannte Angaben
field-consent = Die Person stimmt zu
field-custody = Haftgarantien und Rücküberstellung
field-site = Ort
field-expert-questions = Fragen an den Sachverständigen

role-suspect = { $gender ->
        [female] Beschuldigte
       *[other] Beschuldigter
    }
role-accused = { $gender ->
        [female] Angeklagte
       *[other] Angeklagter
    }
role-witness = { $gender ->
        [female] Zeugin
       *[other] Zeuge
    }
role-victim = { $gender ->
        [female] Verletzte
       *[other] Verletzter
    }
role-expert = { $gender ->
        [female] Sachverständige
       *[other] Sachverständiger
    }
role-company = Unternehmen

proceeding-investigation = Ermittlungsverfahren
proceeding-prosecution = Strafverfolgung
proceeding-trial = Hauptverfahren
proceeding-appeal = Rechtsmittelverfahren
proceeding-enforcement = Vollstreckung einer Entscheidung

channel-central-authority = Zentrale Behörde
channel-diplomatic = Diplomatischer Geschäftsweg
channel-direct = Unmittelbar zwischen den Justizbehörden
channel-interpol = INTERPOL (in dringenden Fällen)

# Kategorien der EU-Liste (Rahmenbeschluss 2002/584/JI, Art. 2 Abs. 2).
eu-criminal-organisation = Beteiligung an einer kriminellen Vereinigung
eu-terrorism = Terrorismus
eu-trafficking-human-beings = Menschenhandel
eu-child-sexual-exploitation = sexuelle Ausbeutung von Kindern und Kinderpornografie
eu-drug-trafficking = illegaler Handel mit Drogen und psychotropen Stoffen
eu-weapons-trafficking = illegaler Handel mit Waffen, Munition und Sprengstoffen
eu-corruption = Korruption
eu-fraud = Betrugsdelikte
eu-money-laundering = Wäsche von Erträgen aus Straftaten
eu-counterfeiting-currency = Geldfälschung
eu-computer-crime = Cyberkriminalität
eu-environmental-crime = Umweltkriminalität
eu-facilitation-unauthorised-entry = Beihilfe zur illegalen Einreise und zum illegalen Aufenthalt
eu-murder-grievous-bodily-injury = vorsätzliche Tötung, schwere Körperverletzung
eu-organ-trafficking = illegaler Handel mit Organen und menschlichem Gewebe
eu-kidnapping-hostage-taking = Entführung, Freiheitsberaubung und Geiselnahme
eu-racism-xenophobia = Rassismus und Fremdenfeindlichkeit
eu-organised-armed-robbery = Diebstahl in organisierter Form oder mit Waffen
eu-cultural-goods-trafficking = illegaler Handel mit Kulturgütern
eu-swindling = Betrug
eu-racketeering-extortion = Erpressung und Schutzgelderpressung
eu-counterfeiting-piracy-products = Nachahmung und Produktpiraterie
eu-forgery-administrative-documents = Fälschung von amtlichen Dokumenten und Handel damit
eu-forgery-means-of-payment = Fälschung von Zahlungsmitteln
eu-hormonal-substances-trafficking = illegaler Handel mit Hormonen und anderen Wachstumsförderern
eu-nuclear-materials-trafficking = illegaler Handel mit nuklearen und radioaktiven Substanzen
eu-stolen-vehicles-trafficking = Handel mit gestohlenen Kraftfahrzeugen
eu-rape = Vergewaltigung
eu-arson = Brandstiftung
eu-icc-crimes = Verbrechen, die in die Zuständigkeit des Internationalen Strafgerichtshofs fallen
eu-unlawful-seizure-aircraft-ships = Flugzeug- und Schiffsentführung
eu-sabotage = Sabotage
