<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Über KIM Desktop</source>
        <translation>About KIM Desktop</translation>
    </message>
    <message>
        <source>KIM Desktop {version}</source>
        <translation>KIM Desktop {version}</translation>
    </message>
    <message>
        <source>Fallmanagement für das Kommunale Integrationsmanagement (KIM) im Rhein-Sieg-Kreis. KIM Desktop arbeitet auch ohne Netzverbindung und speichert alle Daten verschlüsselt. Es enthält die folgenden Bibliotheken und Schriften:</source>
        <translation>Case management for the Kommunales Integrationsmanagement (KIM) in the Rhein-Sieg-Kreis. KIM Desktop works without a network connection too and stores all data encrypted. It contains the following libraries and fonts:</translation>
    </message>
    <message>
        <source>Komponente</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lizenz</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>nicht installiert</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Schrift</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Bibliothek</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Wählen Sie eine Komponente, um ihren Lizenztext zu sehen.</source>
        <translation>Select a component to see its licence text.</translation>
    </message>
    <message>
        <source>Lizenztext von {name}:</source>
        <translation>Licence text of {name}:</translation>
    </message>
    <message>
        <source>Für {name} liegt kein Lizenztext bei; siehe {url}.</source>
        <translation>No licence text is included for {name}; see {url}.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Hier sehen Sie die Termine, Wiedervorlagen und offenen Aufgaben des Tages.</source>
        <translation>Here you will see the day&apos;s appointments, follow-ups and open tasks.</translation>
    </message>
    <message>
        <source>Klient:innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Hier suchen, erfassen und bearbeiten Sie Klient:innen mit Haushalt, Sprachen und Einwilligungen.</source>
        <translation>Here you will search, register and edit clients with their household, languages and consents.</translation>
    </message>
    <message>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Hier führen Sie Fälle durch die Phasen des Case Managements, mit Hilfeplan und Zielen.</source>
        <translation>Here you will guide cases through the phases of case management, with help plan and goals.</translation>
    </message>
    <message>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Hier dokumentieren Sie Beratungen mit Themen, Sprachmittlung und Verweisberatung.</source>
        <translation>Here you will document consultations with topics, language mediation and referrals.</translation>
    </message>
    <message>
        <source>Gruppenangebote</source>
        <translation>Group offers</translation>
    </message>
    <message>
        <source>Hier planen Sie Gruppenangebote wie das MuKi-S-Elterntraining und erfassen ihre Termine und Teilnahmen.</source>
        <translation>Here you will plan group offers such as the MuKi-S parents&apos; training and record their sessions and attendance.</translation>
    </message>
    <message>
        <source>Strukturelle Bedarfe</source>
        <translation>Structural needs</translation>
    </message>
    <message>
        <source>Hier melden und verfolgen Sie strukturelle Bedarfe – von der Herausforderung bis zur Lösung.</source>
        <translation>Here you will report and follow structural needs – from the challenge to the solution.</translation>
    </message>
    <message>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Hier erstellen Sie Auswertungen und Berichte, etwa für die jährliche Evaluation.</source>
        <translation>Here you will build evaluations and reports, for example for the yearly evaluation.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Hier gleichen Sie Ihre Daten mit dem Server des Kreises ab und klären Konflikte.</source>
        <translation>Here you will synchronise your data with the district&apos;s server and resolve conflicts.</translation>
    </message>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Hier stellen Sie Sprache, automatische Sperre und weitere Optionen ein.</source>
        <translation>Here you set the language, the automatic lock and further options.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Case Management</source>
        <translation>Case management</translation>
    </message>
    <message>
        <source>Case Management MuKi-S</source>
        <translation>Case management MuKi-S</translation>
    </message>
    <message>
        <source>KIM-Koordination</source>
        <translation>KIM coordination</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Einmalige Beratung</source>
        <translation>One-time consultation</translation>
    </message>
    <message>
        <source>MuKi-S</source>
        <translation>MuKi-S</translation>
    </message>
    <message>
        <source>Fallaufnahme/Klärung</source>
        <translation>Intake/clarification</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Hilfeplanung</source>
        <translation>Help planning</translation>
    </message>
    <message>
        <source>Umsetzung/Monitoring</source>
        <translation>Implementation/monitoring</translation>
    </message>
    <message>
        <source>Abschluss</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Ziele erreicht</source>
        <translation>Goals reached</translation>
    </message>
    <message>
        <source>An andere Stelle übergeben</source>
        <translation>Handed over to another service</translation>
    </message>
    <message>
        <source>Von Klient:in beendet</source>
        <translation>Ended by the client</translation>
    </message>
    <message>
        <source>Kein Kontakt mehr</source>
        <translation>No more contact</translation>
    </message>
    <message>
        <source>Weggezogen</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Sonstiger Grund</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In Arbeit</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Erreicht</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Teilweise erreicht</source>
        <translation>Partly reached</translation>
    </message>
    <message>
        <source>Nicht erreicht</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Verworfen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Persönlich</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Hausbesuch</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Einmaliger Beratungstermin</source>
        <translation>One-time consultation appointment</translation>
    </message>
    <message>
        <source>Case-Management-Termin</source>
        <translation>Case management appointment</translation>
    </message>
    <message>
        <source>MuKi-S-Einzelberatung</source>
        <translation>MuKi-S individual counselling</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sprachmittler:in</source>
        <translation>Language mediator</translation>
    </message>
    <message>
        <source>Vasco Translator</source>
        <translation>Vasco translator</translation>
    </message>
    <message>
        <source>Ausgehend</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Eingehend</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Vorgeschlagen</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Vermittelt</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>Angenommen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Abgelehnt</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In Bearbeitung</source>
        <translation>In work</translation>
    </message>
    <message>
        <source>Gelöst</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Geplant</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Stattgefunden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Abgesagt</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Partner:in</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Beratung und Case Management</source>
        <translation>Counselling and case management</translation>
    </message>
    <message>
        <source>Weitergabe an benannte Stellen</source>
        <translation>Passing data to named recipients</translation>
    </message>
    <message>
        <source>Pseudonymisierte Auswertung</source>
        <translation>Pseudonymised evaluation</translation>
    </message>
    <message>
        <source>Kontaktaufnahme (Telefon, E-Mail)</source>
        <translation>Contact (phone, e-mail)</translation>
    </message>
    <message>
        <source>Elterntraining</source>
        <translation>Parents&apos; training</translation>
    </message>
    <message>
        <source>MuKi-S-Gruppenberatung</source>
        <translation>MuKi-S group counselling</translation>
    </message>
    <message>
        <source>Informationsveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <source>Sonstiges Gruppenangebot</source>
        <translation>Other group offer</translation>
    </message>
    <message>
        <source>Einwilligungserklärung</source>
        <translation>Declaration of consent</translation>
    </message>
    <message>
        <source>Terminbestätigung</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>Verweisschreiben</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>Beratungsbestätigung</source>
        <translation>Confirmation of consultation</translation>
    </message>
    <message>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Access report (Art. 15 GDPR)</translation>
    </message>
    <message>
        <source>Aufnahmebogen</source>
        <translation>Intake form</translation>
    </message>
    <message>
        <source>Sonstiges Dokument</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>KIM Desktop ist gesperrt</source>
        <translation>KIM Desktop is locked</translation>
    </message>
    <message>
        <source>Angemeldet ist {name}. Bitte geben Sie Ihr Passwort ein, um weiterzuarbeiten. Nicht gespeicherte Eingaben bleiben erhalten.</source>
        <translation>{name} is logged in. Please enter your password to continue. Unsaved input is kept.</translation>
    </message>
    <message>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Abmelden</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Nächster Versuch in {seconds} Sekunden möglich.</source>
        <translation>Next attempt possible in {seconds} seconds.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>KIM Desktop – Anmeldung</source>
        <translation>KIM Desktop – Login</translation>
    </message>
    <message>
        <source>Anmelden</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Bitte melden Sie sich mit Ihrer Anmeldung und Ihrem Passwort an.</source>
        <translation>Please log in with your login name and password.</translation>
    </message>
    <message>
        <source>&amp;Anmeldung:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Demo-Büro: Anmeldung „{login}“ / Passwort „{password}“</source>
        <translation>Demo office: login “{login}” / password “{password}”</translation>
    </message>
    <message>
        <source>Nächster Versuch in {seconds} Sekunden möglich.</source>
        <translation>Next attempt possible in {seconds} seconds.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bereiche</source>
        <translation>&amp;Areas</translation>
    </message>
    <message>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Abmelden</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ü&amp;ber KIM Desktop</source>
        <translation>&amp;About KIM Desktop</translation>
    </message>
    <message>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <source>KIM Desktop – {office}</source>
        <translation>KIM Desktop – {office}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Bitte füllen Sie dieses Feld aus.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Höchstens {max} Zeichen erlaubt.</source>
        <translation>At most {max} characters are allowed.</translation>
    </message>
    <message>
        <source>Die Anmeldung darf nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich enthalten (3 bis 32 Zeichen).</source>
        <translation>The login may only contain lower-case letters, digits, dot, hyphen and underscore (3 to 32 characters).</translation>
    </message>
    <message>
        <source>Die Anmeldung „{login}“ ist bereits vergeben.</source>
        <translation>The login “{login}” is already taken.</translation>
    </message>
    <message>
        <source>Das Passwort muss mindestens {min} Zeichen lang sein.</source>
        <translation>The password must be at least {min} characters long.</translation>
    </message>
    <message>
        <source>Das Passwort muss Buchstaben und Ziffern oder Sonderzeichen enthalten.</source>
        <translation>The password must contain letters and digits or special characters.</translation>
    </message>
    <message>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@beispiel.de).</source>
        <translation>Please enter a valid e-mail address (e.g. name@example.org).</translation>
    </message>
    <message>
        <source>Bitte geben Sie eine Telefonnummer aus Ziffern ein (erlaubt: +, Leerzeichen, /, -, Klammern).</source>
        <translation>Please enter a phone number made of digits (allowed: +, spaces, /, -, brackets).</translation>
    </message>
    <message>
        <source>Die Postleitzahl besteht aus fünf Ziffern.</source>
        <translation>The postal code consists of five digits.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens eine Kommune aus.</source>
        <translation>Please select at least one municipality.</translation>
    </message>
    <message>
        <source>Unbekannte Kommune: {code}.</source>
        <translation>Unknown municipality: {code}.</translation>
    </message>
    <message>
        <source>Unbekannte Rolle: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>Die erste Person richtet das Büro ein und braucht die Rolle Administration; weitere Personen legt sie danach an.</source>
        <translation>The first person sets up the office and needs the role Administration; they add further people afterwards.</translation>
    </message>
    <message>
        <source>Das Datum darf nicht in der Zukunft liegen.</source>
        <translation>The date must not be in the future.</translation>
    </message>
    <message>
        <source>Anmeldung oder Passwort ist falsch. Bitte versuchen Sie es erneut.</source>
        <translation>Login or password is wrong. Please try again.</translation>
    </message>
    <message>
        <source>Zu viele Fehlversuche. Bitte warten Sie {seconds} Sekunden vor dem nächsten Versuch.</source>
        <translation>Too many failed attempts. Please wait {seconds} seconds before the next attempt.</translation>
    </message>
    <message>
        <source>Dieses Benutzerkonto ist deaktiviert. Bitte wenden Sie sich an die Administration.</source>
        <translation>This user account is deactivated. Please contact the administration.</translation>
    </message>
    <message>
        <source>In diesem Datenverzeichnis ist noch kein Büro eingerichtet.</source>
        <translation>No office has been set up in this data directory yet.</translation>
    </message>
    <message>
        <source>In diesem Datenverzeichnis ist bereits ein Büro eingerichtet.</source>
        <translation>An office has already been set up in this data directory.</translation>
    </message>
    <message>
        <source>Die Datenbank konnte nicht geöffnet werden. Sie ist beschädigt oder gehört nicht zu diesem Schlüssel.</source>
        <translation>The database could not be opened. It is damaged or does not belong to this key.</translation>
    </message>
    <message>
        <source>Die Datenbank stammt aus einer neueren Version von KIM Desktop. Bitte aktualisieren Sie das Programm.</source>
        <translation>The database comes from a newer version of KIM Desktop. Please update the program.</translation>
    </message>
    <message>
        <source>Für diese Aktion fehlt Ihnen die Berechtigung.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Unbekannte Anmeldung: {login}.</source>
        <translation>Unknown login: {login}.</translation>
    </message>
    <message>
        <source>Die letzte aktive Administrator:in kann nicht deaktiviert werden.</source>
        <translation>The last active administrator cannot be deactivated.</translation>
    </message>
    <message>
        <source>Der Datensatz wurde nicht gefunden oder ist gelöscht.</source>
        <translation>The record was not found or has been deleted.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bedienung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Sprache der Oberfläche:</source>
        <translation>User interface &amp;language:</translation>
    </message>
    <message>
        <source>Automatische &amp;Sperre nach:</source>
        <translation>Automatic &amp;lock after:</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Ohne Eingabe sperrt sich KIM Desktop nach dieser Zeit; nicht gespeicherte Eingaben bleiben erhalten.</source>
        <translation>Without input, KIM Desktop locks itself after this time; unsaved input is kept.</translation>
    </message>
    <message>
        <source>Die Einstellungen wurden gespeichert.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <source>Die Einstellungen konnten nicht gespeichert werden: {reason}</source>
        <translation>The settings could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>KIM Desktop – Büro einrichten</source>
        <translation>KIM Desktop – Set up office</translation>
    </message>
    <message>
        <source>Büro einrichten</source>
        <translation>Set up office</translation>
    </message>
    <message>
        <source>In diesem Datenverzeichnis gibt es noch kein Büro. Bitte geben Sie den Briefkopf Ihres Büros, die betreuten Kommunen und die erste Person an, die mit KIM Desktop arbeitet. Alle Daten werden verschlüsselt gespeichert.</source>
        <translation>There is no office in this data directory yet. Please enter your office&apos;s letterhead, the municipalities it serves and the first person who works with KIM Desktop. All data is stored encrypted.</translation>
    </message>
    <message>
        <source>Briefkopf des Büros</source>
        <translation>Office letterhead</translation>
    </message>
    <message>
        <source>Erste Person</source>
        <translation>First person</translation>
    </message>
    <message>
        <source>Betreute Kommunen</source>
        <translation>Municipalities served</translation>
    </message>
    <message>
        <source>&amp;Name des Büros:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Straße und Hausnummer:</source>
        <translation>&amp;Street and number:</translation>
    </message>
    <message>
        <source>&amp;Postleitzahl:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Anmeldung:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Pass&amp;wort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Passwort &amp;wiederholen:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>z. B. KIM Case Management Troisdorf</source>
        <translation>e.g. KIM Case Management Troisdorf</translation>
    </message>
    <message>
        <source>z. B. a.schmidt</source>
        <translation>e.g. a.schmidt</translation>
    </message>
    <message>
        <source>mindestens 10 Zeichen</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <source>Kommunen filtern …</source>
        <translation>Filter municipalities …</translation>
    </message>
    <message>
        <source>Büro &amp;einrichten</source>
        <translation>S&amp;et up office</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ausgewählt: {count}</source>
        <translation>Selected: {count}</translation>
    </message>
    <message>
        <source>Einrichtung abbrechen?</source>
        <translation>Cancel the set-up?</translation>
    </message>
    <message>
        <source>Ihre Eingaben gehen verloren. Möchten Sie die Einrichtung wirklich abbrechen?</source>
        <translation>Your input will be lost. Do you really want to cancel the set-up?</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Gesperrt</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>KIM Desktop sperren (Strg+L)</source>
        <translation>Lock KIM Desktop (Ctrl+L)</translation>
    </message>
    <message>
        <source>Synchronisation: Status wird ermittelt …</source>
        <translation>Synchronisation: checking status …</translation>
    </message>
    <message>
        <source>Synchronisation: nicht eingerichtet · {count} Änderungen ausstehend</source>
        <translation>Synchronisation: not set up · {count} changes pending</translation>
    </message>
    <message>
        <source>Synchronisation: noch nie erfolgreich · {count} Änderungen ausstehend</source>
        <translation>Synchronisation: never succeeded · {count} changes pending</translation>
    </message>
    <message>
        <source>Synchronisation: zuletzt {time} · {count} Änderungen ausstehend</source>
        <translation>Synchronisation: last {time} · {count} changes pending</translation>
    </message>
</context>
<context>
    <name>UnavailableAreaPage</name>
    <message>
        <source>Dieser Bereich ist noch nicht verfügbar.</source>
        <translation>This area is not available yet.</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <source>&amp;Erfassen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Erfassen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Beratung erfassen</source>
        <translation>Record &amp;consultation</translation>
    </message>
    <message>
        <source>Beratung erfassen (Strg+N)</source>
        <translation>Record a consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Neue:r &amp;Klient:in</source>
        <translation>New &amp;client</translation>
    </message>
    <message>
        <source>Neue:n Klient:in aufnehmen (Strg+Umschalt+N)</source>
        <translation>Take in a new client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Stapeldruck …</source>
        <translation>&amp;Batch printing …</translation>
    </message>
</context>
</TS>
