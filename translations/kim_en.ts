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
    <name>AppointmentActions</name>
    <message>
        <source>Die Beratungserfassung ist noch nicht verfügbar.</source>
        <translation>Recording consultations is not available yet.</translation>
    </message>
    <message>
        <source>Drucken ist noch nicht verfügbar.</source>
        <translation>Printing is not available yet.</translation>
    </message>
    <message>
        <source>Nicht erschienen?</source>
        <translation>Did not attend?</translation>
    </message>
    <message>
        <source>Den Termin von {name} am {date} als „nicht erschienen“ vermerken?</source>
        <translation>Record {name}&apos;s appointment on {date} as &quot;did not attend&quot;?</translation>
    </message>
    <message>
        <source>Nicht erschienen</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Termin absagen?</source>
        <translation>Cancel appointment?</translation>
    </message>
    <message>
        <source>Den Termin von {name} am {date} absagen?</source>
        <translation>Cancel {name}&apos;s appointment on {date}?</translation>
    </message>
    <message>
        <source>Termin absagen</source>
        <translation>Cancel appointment</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Termin mit {name}</source>
        <translation>Appointment with {name}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>&amp;Klient:in:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Datum und Uhrzeit:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>D&amp;auer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>An&amp;lass:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Mitzubringen:</source>
        <translation>&amp;Bring along:</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>z. B. Antrag auf Wohngeld besprechen</source>
        <translation>e.g. discuss the housing benefit application</translation>
    </message>
    <message>
        <source>z. B. Aufenthaltstitel, Bescheid des Jobcenters</source>
        <translation>e.g. residence permit, Jobcenter notice</translation>
    </message>
    <message>
        <source>Terminbestätigung &amp;drucken</source>
        <translation>&amp;Print appointment confirmation</translation>
    </message>
    <message>
        <source>&amp;Stattgefunden …</source>
        <translation>&amp;Held …</translation>
    </message>
    <message>
        <source>&amp;Nicht erschienen</source>
        <translation>&amp;Missed</translation>
    </message>
    <message>
        <source>Termin a&amp;bsagen</source>
        <translation>Ca&amp;ncel appointment</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <source>Ihre Eingaben gehen verloren. Möchten Sie den Dialog wirklich schließen?</source>
        <translation>Your input will be lost. Do you really want to close the dialog?</translation>
    </message>
</context>
<context>
    <name>AppointmentListWidget</name>
    <message>
        <source>Vorheriger Tag</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Vorherige Woche</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Nächster Tag</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Nächste Woche</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Diese Woche</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Nur meine Termine</source>
        <translation>Only my appointments</translation>
    </message>
    <message>
        <source>Neuer &amp;Termin …</source>
        <translation>New &amp;appointment …</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Stattgefunden – Beratung erfassen …</source>
        <translation>Held – record consultation …</translation>
    </message>
    <message>
        <source>Nicht erschienen …</source>
        <translation>Missed …</translation>
    </message>
    <message>
        <source>Absagen …</source>
        <translation>Cancel …</translation>
    </message>
    <message>
        <source>Löschen …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>KW {week}: {first} – {last}</source>
        <translation>Week {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>Heute keine Termine.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <source>An diesem Tag keine Termine.</source>
        <translation>No appointments on this day.</translation>
    </message>
    <message>
        <source>In dieser Woche keine Termine.</source>
        <translation>No appointments this week.</translation>
    </message>
    <message>
        <source>von {name} am {date}</source>
        <translation>by {name} on {date}</translation>
    </message>
</context>
<context>
    <name>AppointmentModel</name>
    <message>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case Management</source>
        <translation>Case management</translation>
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
    <name>AuditModel</name>
    <message>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>wiederhergestellt</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>angesehen</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>exportiert</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fallphase</source>
        <translation>Case phase</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Fallübergabe</source>
        <translation>Case hand-over</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Felder</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Wer hat diese Akte oder einen ihrer Einträge angesehen oder geändert? Gezeigt werden die Namen der geänderten Felder, nie ihre Inhalte.</source>
        <translation>Who has viewed or changed this file or one of its entries? Only the names of changed fields are shown, never their contents.</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Briefe werden erstellt …</source>
        <translation>Creating letters …</translation>
    </message>
    <message>
        <source>{pages} Seiten</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Stapeldruck</source>
        <translation>Batch printing</translation>
    </message>
    <message>
        <source>Terminbriefe des Tages:</source>
        <translation>Appointment letters for the day:</translation>
    </message>
    <message>
        <source>Hinweise zu allen offenen Verweisungen</source>
        <translation>Notes on all open referrals</translation>
    </message>
    <message>
        <source>Vorschau erstellen</source>
        <translation>Create preview</translation>
    </message>
    <message>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BundlePanel</name>
    <message>
        <source>Ohne Verbindung: Synchronisationsdatei</source>
        <translation>No connection: sync file</translation>
    </message>
    <message>
        <source>Ohne Netz können Sie die ausstehenden Änderungen verschlüsselt in eine Datei schreiben (z. B. für einen USB-Stick) und die Antwortdatei des Kreises einlesen.</source>
        <translation>Without a network you can write the pending changes, encrypted, to a file (e.g. for a USB stick) and read in the district&apos;s reply file.</translation>
    </message>
    <message>
        <source>Änderungen &amp;exportieren …</source>
        <translation>&amp;Export changes …</translation>
    </message>
    <message>
        <source>Ant&amp;wortdatei einlesen …</source>
        <translation>Read re&amp;ply file …</translation>
    </message>
    <message>
        <source>KIM-Synchronisationsdateien (*.{suffix})</source>
        <translation>KIM sync files (*.{suffix})</translation>
    </message>
    <message>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Änderungen exportieren</source>
        <translation>Export changes</translation>
    </message>
    <message>
        <source>Antwortdatei einlesen</source>
        <translation>Read reply file</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>{name} (anderes Büro)</source>
        <translation>{name} (other office)</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Abschluss</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>&amp;Fall eröffnen …</source>
        <translation>&amp;Open case …</translation>
    </message>
    <message>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fallart:</source>
        <translation>Case type:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Case Manager:in:</source>
        <translation>Case manager:</translation>
    </message>
    <message>
        <source>Beginn:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Abschluss:</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>Phase &amp;weiter</source>
        <translation>&amp;Next phase</translation>
    </message>
    <message>
        <source>Phase &amp;zurück</source>
        <translation>&amp;Previous phase</translation>
    </message>
    <message>
        <source>P&amp;hase wählen …</source>
        <translation>C&amp;hoose phase …</translation>
    </message>
    <message>
        <source>Fall a&amp;bschließen …</source>
        <translation>&amp;Close case …</translation>
    </message>
    <message>
        <source>Wieder&amp;eröffnen …</source>
        <translation>&amp;Reopen …</translation>
    </message>
    <message>
        <source>Über&amp;geben …</source>
        <translation>Han&amp;d over …</translation>
    </message>
    <message>
        <source>Fall &amp;löschen …</source>
        <translation>&amp;Delete case …</translation>
    </message>
    <message>
        <source>„{type}“ vom {opened}</source>
        <translation>“{type}” of {opened}</translation>
    </message>
    <message>
        <source>Hilfeplan: Ziele</source>
        <translation>Help plan: goals</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Bis</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Überprüfung</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ziel &amp;hinzufügen …</source>
        <translation>&amp;Add goal …</translation>
    </message>
    <message>
        <source>Ziel bearbei&amp;ten …</source>
        <translation>&amp;Edit goal …</translation>
    </message>
    <message>
        <source>Ziel lösche&amp;n …</source>
        <translation>Delete goa&amp;l …</translation>
    </message>
    <message>
        <source>Phasenverlauf</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Durch</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Ansicht:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Fall&amp;art:</source>
        <translation>Case &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Meine Fälle</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Alle Fälle</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{count} Fälle</source>
        <translation>{count} cases</translation>
    </message>
</context>
<context>
    <name>ClientFileActions</name>
    <message>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <source>Drucken ist noch nicht verfügbar.</source>
        <translation>Printing is not available yet.</translation>
    </message>
    <message>
        <source>Das Bearbeiten der Stammdaten ist noch nicht verfügbar.</source>
        <translation>Editing personal data is not available yet.</translation>
    </message>
    <message>
        <source>Die Erfassung von Beratungen ist noch nicht verfügbar.</source>
        <translation>Recording consultations is not available yet.</translation>
    </message>
</context>
<context>
    <name>ClientFileWindow</name>
    <message>
        <source>Akte</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Akte {name} ({number})</source>
        <translation>Client file {name} ({number})</translation>
    </message>
    <message>
        <source>Aktenzeichen {number}</source>
        <translation>File number {number}</translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>&amp;Beratung erfassen</source>
        <translation>&amp;Record consultation</translation>
    </message>
    <message>
        <source>Beratung erfassen (Strg+Umschalt+B)</source>
        <translation>Record a consultation (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Termin anlegen …</source>
        <translation>New &amp;appointment …</translation>
    </message>
    <message>
        <source>Termin für diese Klient:in anlegen, beim gewählten Fall</source>
        <translation>Create an appointment for this client, for the selected case</translation>
    </message>
    <message>
        <source>&amp;Drucken …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Einwilligungserklärung</source>
        <translation>&amp;Declaration of consent</translation>
    </message>
    <message>
        <source>&amp;Terminbestätigung (nächster Termin)</source>
        <translation>&amp;Appointment confirmation (next appointment)</translation>
    </message>
    <message>
        <source>&amp;Beratungsbestätigung (letzte Beratung)</source>
        <translation>&amp;Confirmation of consultation (latest consultation)</translation>
    </message>
    <message>
        <source>&amp;Verweisschreiben (letzte Verweisung)</source>
        <translation>&amp;Referral letter (latest referral)</translation>
    </message>
    <message>
        <source>&amp;Auskunft nach Art. 15 DSGVO</source>
        <translation>&amp;Access report (Art. 15 GDPR)</translation>
    </message>
    <message>
        <source>&amp;Stammdaten</source>
        <translation>Personal &amp;data</translation>
    </message>
    <message>
        <source>&amp;Fälle</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Zeitstrahl</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Einwilligungen</source>
        <translation>C&amp;onsents</translation>
    </message>
    <message>
        <source>&amp;Protokoll</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <source>Papier&amp;korb</source>
        <translation>Recycle &amp;bin</translation>
    </message>
</context>
<context>
    <name>ClientFilters</name>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Zielgruppe:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <source>&amp;Fälle:</source>
        <translation>&amp;Cases:</translation>
    </message>
    <message>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Alle Zielgruppen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Mit offenem Fall</source>
        <translation>With open case</translation>
    </message>
    <message>
        <source>Ohne offenen Fall</source>
        <translation>Without open case</translation>
    </message>
    <message>
        <source>Nur &amp;meine Fälle</source>
        <translation>Only &amp;my cases</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Name oder Aktenzeichen eingeben …</source>
        <translation>Enter name or file number …</translation>
    </message>
    <message>
        <source>Name, Geburtsdatum oder Aktenzeichen eingeben …</source>
        <translation>Enter name, date of birth or file number …</translation>
    </message>
    <message>
        <source>Keine Klient:in gefunden.</source>
        <translation>No client found.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Offene Fälle</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Klient:innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, Geburtsdatum (12.03.1985), Telefon oder Aktenzeichen</source>
        <translation>Name, date of birth (12.03.1985), phone or file number</translation>
    </message>
    <message>
        <source>&amp;Neue:r Klient:in</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <source>Neue:n Klient:in aufnehmen (Strg+Umschalt+N)</source>
        <translation>Take in a new client (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Gelöschte anzeigen</source>
        <translation>Show &amp;deleted</translation>
    </message>
    <message>
        <source>Gelöschte Akten zeigen, um sie wiederherzustellen</source>
        <translation>Show deleted files in order to restore them</translation>
    </message>
    <message>
        <source>Klient:in &amp;löschen …</source>
        <translation>&amp;Delete client …</translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation>O&amp;pen file</translation>
    </message>
    <message>
        <source>{count} Treffer angezeigt, weitere beim Blättern</source>
        <translation>{count} matches shown, more when scrolling</translation>
    </message>
    <message>
        <source>Keine Klient:innen gefunden.</source>
        <translation>No clients found.</translation>
    </message>
    <message>
        <source>1 Treffer</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>{count} Treffer</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <source>Die Klientenakte ist in dieser Version noch nicht verfügbar.</source>
        <translation>The client file is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Fall „{type}“ vom {opened} abschließen</source>
        <translation>Close the “{type}” case opened on {opened}</translation>
    </message>
    <message>
        <source>&amp;Grund:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Abgeschlossen am:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <source>&amp;Bemerkung:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Auch erledigte Konfl&amp;ikte zeigen</source>
        <translation>Also show resolved confl&amp;icts</translation>
    </message>
    <message>
        <source>Keine offenen Konflikte. Wenn dieselbe Angabe hier und auf einem anderen Gerät geändert wurde, entscheiden Sie hier, welcher Wert gilt.</source>
        <translation>No open conflicts. When the same detail was changed here and on another device, you decide here which value applies.</translation>
    </message>
    <message>
        <source>Datensatz:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Feld:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Vorher:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>Meins:</source>
        <translation>Mine:</translation>
    </message>
    <message>
        <source>Deren:</source>
        <translation>Theirs:</translation>
    </message>
    <message>
        <source>K&amp;ombiniert:</source>
        <translation>C&amp;ombined:</translation>
    </message>
    <message>
        <source>&amp;Meins übernehmen</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Deren übernehmen</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>Kom&amp;biniert übernehmen</source>
        <translation>Take com&amp;bined</translation>
    </message>
    <message>
        <source>Den bearbeiteten Wert übernehmen (Strg+Eingabe)</source>
        <translation>Take the edited value (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation>O&amp;pen file</translation>
    </message>
    <message>
        <source>{value}
({who})</source>
        <translation>{value}
({who})</translation>
    </message>
    <message>
        <source>Der kombinierte Wert hat nicht die Form der beiden Werte. Bitte prüfen Sie die Eingabe.</source>
        <translation>The combined value does not have the form of the two values. Please check your input.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Welcher Verarbeitung und welchen Stellen hat die Klient:in zugestimmt?</source>
        <translation>To which processing and which recipients has the client consented?</translation>
    </message>
    <message>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Stellen &amp;filtern:</source>
        <translation>&amp;Filter recipients:</translation>
    </message>
    <message>
        <source>&amp;Empfangende Stellen:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>Erteilt &amp;am:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <source>&amp;Gültig bis:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>z. B. Name, Anschrift und Anliegen; Unterlagen zum Aufenthalt</source>
        <translation>e.g. name, address and concern; residence documents</translation>
    </message>
    <message>
        <source>Name der Stelle …</source>
        <translation>Name of the recipient …</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>unbefristet</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Speichern und Einwilligungserklärung &amp;drucken</source>
        <translation>Save and &amp;print declaration of consent</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Einwilligung &amp;erfassen …</source>
        <translation>&amp;Record consent …</translation>
    </message>
    <message>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <source>Einwilligungserklärung &amp;drucken</source>
        <translation>&amp;Print declaration of consent</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Empfangende Stellen</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Widerrufen am {date}</source>
        <translation>Withdrawn on {date}</translation>
    </message>
    <message>
        <source>Gültig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Läuft bald ab</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Abgelaufen</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Noch nicht gültig</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>unbefristet</source>
        <translation>unlimited</translation>
    </message>
</context>
<context>
    <name>ConsultationEntryDialog</name>
    <message>
        <source>Beratung erfassen</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <source>&amp;Klient:in:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Da&amp;uer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Sprach&amp;mittlung:</source>
        <translation>&amp;Language mediation:</translation>
    </message>
    <message>
        <source>Sprach&amp;e:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source> Min.</source>
        <translation> min</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <source>&amp;Themen</source>
        <translation>T&amp;opics</translation>
    </message>
    <message>
        <source>Verweisberatung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Kurz, ohne Namen Dritter</source>
        <translation>Brief, without names of third parties</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Speichern (Strg+Eingabe)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Wird dem offenen Fall der Klient:in zugeordnet.</source>
        <translation>Will be assigned to the client&apos;s open case.</translation>
    </message>
    <message>
        <source>Wird als einmalige Beratung gezählt.</source>
        <translation>Will be counted as a one-time consultation.</translation>
    </message>
    <message>
        <source>Kein offener {kind}-Fall – beim Speichern wird ein neuer eröffnet.</source>
        <translation>No open {kind} case – a new one will be opened on saving.</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <source>Die Beratung ist noch nicht gespeichert. Eingaben verwerfen?</source>
        <translation>The consultation has not been saved yet. Discard input?</translation>
    </message>
</context>
<context>
    <name>ConsultationListPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Beraten von</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>b&amp;is:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>A&amp;rt:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>Nur &amp;meine Beratungen</source>
        <translation>Only &amp;my consultations</translation>
    </message>
    <message>
        <source>alle Arten</source>
        <translation>all types</translation>
    </message>
    <message>
        <source>alle Themen</source>
        <translation>all topics</translation>
    </message>
    <message>
        <source>&amp;Neue Beratung …</source>
        <translation>&amp;New consultation …</translation>
    </message>
    <message>
        <source>{count} Beratungen</source>
        <translation>{count} consultations</translation>
    </message>
</context>
<context>
    <name>ConsultationsView</name>
    <message>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Verweisberatungen</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>Daywork</name>
    <message>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>So</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>DeletedClientsPanel</name>
    <message>
        <source>Gelöschte Klient:innen. Eine Akte lässt sich wiederherstellen, bis ihre Löschung mit dem Kreis-Server synchronisiert ist.</source>
        <translation>Deleted clients. A file can be restored until its deletion has been synchronised with the district server.</translation>
    </message>
    <message>
        <source>Aktenzeichen</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Gelöscht am</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Keine gelöschten Klient:innen gefunden.</source>
        <translation>No deleted clients found.</translation>
    </message>
    <message>
        <source>Akte &amp;wiederherstellen</source>
        <translation>&amp;Restore file</translation>
    </message>
    <message>
        <source>möglich</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>nicht mehr (synchronisiert)</source>
        <translation>no longer (synchronised)</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Mögliche Doppelerfassung</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Diese Klient:innen sind bereits erfasst und könnten dieselbe Person sein (ähnlicher Name und gleiches Geburtsdatum, oder gleiche Telefonnummer). Bitte prüfen Sie, ob Sie die vorhandene Akte öffnen möchten.</source>
        <translation>These clients are already registered and could be the same person (similar name and same date of birth, or same phone number). Please check whether you want to open the existing file.</translation>
    </message>
    <message>
        <source>Vorhandene:n Klient:in &amp;öffnen</source>
        <translation>&amp;Open existing client</translation>
    </message>
    <message>
        <source>&amp;Trotzdem neu anlegen</source>
        <translation>&amp;Create anyway</translation>
    </message>
    <message>
        <source>&amp;Zurück zur Eingabe</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>ähnlicher Name, gleiches Geburtsdatum</source>
        <translation>similar name, same date of birth</translation>
    </message>
    <message>
        <source>gleiche Telefonnummer</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>{name}, geb. {birth} · {municipality} · {file_number} ({reasons})</source>
        <translation>{name}, born {birth} · {municipality} · {file_number} ({reasons})</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <source>Server und Gerät</source>
        <translation>Server and device</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Gerät:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Angemeldet als:</source>
        <translation>Enrolled as:</translation>
    </message>
    <message>
        <source>&amp;Neu anmelden …</source>
        <translation>&amp;Enrol again …</translation>
    </message>
    <message>
        <source>Gerät mit einem neuen Anmeldecode (auch bei einem anderen Server) anmelden</source>
        <translation>Enrol the device with a new enrolment code (also with another server)</translation>
    </message>
    <message>
        <source>Geben Sie die Adresse des Synchronisationsservers des Kreises und den einmaligen Anmeldecode ein, den Sie von der Administration erhalten haben.</source>
        <translation>Enter the address of the district&apos;s sync server and the one-time enrolment code you received from the administration.</translation>
    </message>
    <message>
        <source>Server&amp;adresse:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>https://kim.rhein-sieg-kreis.de</source>
        <translation>https://kim.rhein-sieg-kreis.de</translation>
    </message>
    <message>
        <source>Anmelde&amp;code:</source>
        <translation>Enrolment &amp;code:</translation>
    </message>
    <message>
        <source>z. B. K7QM-2XPA</source>
        <translation>e.g. K7QM-2XPA</translation>
    </message>
    <message>
        <source>&amp;Zertifikat (optional):</source>
        <translation>C&amp;ertificate (optional):</translation>
    </message>
    <message>
        <source>Zertifikatsdatei des Kreises (PEM)</source>
        <translation>The district&apos;s certificate file (PEM)</translation>
    </message>
    <message>
        <source>Durchsuchen …</source>
        <translation>Browse …</translation>
    </message>
    <message>
        <source>&amp;Gerät anmelden</source>
        <translation>&amp;Enrol device</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>(unbekannt)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Zertifikatsdatei wählen</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <source>Zertifikate (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Alle (*)</source>
        <translation>All (*)</translation>
    </message>
</context>
<context>
    <name>EraseClientButton</name>
    <message>
        <source>Endgültig lö&amp;schen …</source>
        <translation>Era&amp;se permanently …</translation>
    </message>
    <message>
        <source>Alle personenbezogenen Daten dieser Person löschen (Art. 17 DSGVO)</source>
        <translation>Erase all personal data of this person (Art. 17 GDPR)</translation>
    </message>
    <message>
        <source>Daten gelöscht</source>
        <translation>Data erased</translation>
    </message>
    <message>
        <source>Die personenbezogenen Daten wurden auf diesem Gerät gelöscht. Der Server und die anderen Geräte löschen sie bei ihrer nächsten Synchronisation.</source>
        <translation>The personal data have been erased on this device. The server and the other devices erase them at their next synchronisation.</translation>
    </message>
</context>
<context>
    <name>EraseClientDialog</name>
    <message>
        <source>Personenbezogene Daten endgültig löschen (Art. 17 DSGVO)</source>
        <translation>Erase personal data permanently (Art. 17 GDPR)</translation>
    </message>
    <message>
        <source>Alle personenbezogenen Daten von {name} ({number}) – Stammdaten, Haushalt, Einwilligungen, Fälle, Beratungen, Verweisungen, Termine und Dokumente – werden auf diesem Gerät, auf dem Server und bei der nächsten Synchronisation auf allen anderen Geräten gelöscht. Das kann nicht rückgängig gemacht werden; übrig bleibt nur ein Vermerk ohne personenbezogene Daten.</source>
        <translation>All personal data of {name} ({number}) – master data, household, consents, cases, consultations, referrals, appointments and documents – will be erased on this device, on the server and, at their next synchronisation, on all other devices. This cannot be undone; only a note without personal data remains.</translation>
    </message>
    <message>
        <source>Zur Bestätigung geben Sie den Namen „{name}“ oder das Aktenzeichen „{number}“ ein:</source>
        <translation>To confirm, type the name “{name}” or the file number “{number}”:</translation>
    </message>
    <message>
        <source>Endgültig &amp;löschen</source>
        <translation>&amp;Erase permanently</translation>
    </message>
    <message>
        <source>Eine Synchronisation läuft gerade. Bitte versuchen Sie es gleich erneut.</source>
        <translation>A synchronisation is running. Please try again in a moment.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Datum als TT.MM.JJJJ ein, z. B. 31.01.2025.</source>
        <translation>Please enter the date as DD.MM.YYYY, e.g. 31.01.2025.</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind noch nicht gespeichert. Möchten Sie sie verwerfen?</source>
        <translation>Your input has not been saved yet. Do you want to discard it?</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Neues Ziel im Hilfeplan</source>
        <translation>New goal in the help plan</translation>
    </message>
    <message>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>Ziel im Hilfeplan bearbeiten</source>
        <translation>Edit goal in the help plan</translation>
    </message>
    <message>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>&amp;Zu erreichen bis:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Über&amp;prüfen am:</source>
        <translation>&amp;Review on:</translation>
    </message>
    <message>
        <source>&amp;Stand:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>z. B. Anmeldung zum B1-Sprachkurs</source>
        <translation>e.g. registration for the B1 language course</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>GroupModels</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mär</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dez</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Leitung</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{minutes} Min.</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Einzelberatung</source>
        <translation>Individual counselling</translation>
    </message>
    <message>
        <source>Gruppentermine</source>
        <translation>Group sessions</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Summe</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Gruppenangebote</source>
        <translation>Group offers</translation>
    </message>
    <message>
        <source>&amp;Angebote und Termine</source>
        <translation>&amp;Offers and sessions</translation>
    </message>
    <message>
        <source>MuKi-S-Beratungen je &amp;Monat</source>
        <translation>MuKi-S consultations per &amp;month</translation>
    </message>
    <message>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>&amp;Neues Angebot</source>
        <translation>&amp;New offer</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Angebot &amp;löschen …</source>
        <translation>&amp;Delete offer …</translation>
    </message>
    <message>
        <source>Angebot</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Durchgeführte Termine</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Termin &amp;hinzufügen …</source>
        <translation>&amp;Add session …</translation>
    </message>
    <message>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Termin l&amp;öschen …</source>
        <translation>De&amp;lete session …</translation>
    </message>
    <message>
        <source>Gelöschten Termin wiederherstellen</source>
        <translation>Restore deleted session</translation>
    </message>
    <message>
        <source>Angebot löschen?</source>
        <translation>Delete offer?</translation>
    </message>
    <message>
        <source>Das Gruppenangebot „{title}“ mit seinen Terminen löschen?</source>
        <translation>Delete the group offer “{title}” with its sessions?</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Termin löschen?</source>
        <translation>Delete session?</translation>
    </message>
    <message>
        <source>Den Termin vom {date} löschen?</source>
        <translation>Delete the session on {date}?</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Fall übergeben</source>
        <translation>Hand over case</translation>
    </message>
    <message>
        <source>Der Fall wird bisher von {name} betreut.</source>
        <translation>The case is currently handled by {name}.</translation>
    </message>
    <message>
        <source>Übergeben &amp;an:</source>
        <translation>Hand over &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Bemerkung:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Kita</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Sprachförderung</source>
        <translation>Language support</translation>
    </message>
    <message>
        <source>Person &amp;hinzufügen</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <source>Person &amp;entfernen</source>
        <translation>R&amp;emove person</translation>
    </message>
</context>
<context>
    <name>IncomingReferralDialog</name>
    <message>
        <source>Eingehende Verweisung erfassen</source>
        <translation>Record incoming referral</translation>
    </message>
    <message>
        <source>&amp;Klient:in:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Von (Stelle):</source>
        <translation>&amp;From (service):</translation>
    </message>
    <message>
        <source>&amp;Einrichtung:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Anlass:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>– keine bestimmte –</source>
        <translation>– none in particular –</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <source>Die Verweisung ist noch nicht gespeichert. Eingaben verwerfen?</source>
        <translation>The referral has not been saved yet. Discard input?</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Neue:r Klient:in – Aufnahme</source>
        <translation>New client – intake</translation>
    </message>
    <message>
        <source>Stammdaten bearbeiten</source>
        <translation>Edit personal data</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Aufenthalt und Zuständigkeit</source>
        <translation>Residence and responsibility</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Haushalt (Kinder sind für MuKi-S wichtig)</source>
        <translation>Household (children matter for MuKi-S)</translation>
    </message>
    <message>
        <source>&amp;Vorname*:</source>
        <translation>&amp;First name*:</translation>
    </message>
    <message>
        <source>&amp;Nachname*:</source>
        <translation>&amp;Last name*:</translation>
    </message>
    <message>
        <source>&amp;Geburtsdatum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>Geschlech&amp;t:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Staatsangehörigke&amp;it:</source>
        <translation>Nationalit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Aufenthaltsstatus:</source>
        <translation>&amp;Residence status:</translation>
    </message>
    <message>
        <source>Gültig &amp;bis:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>&amp;Zielgruppe:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <source>&amp;Einreisedatum:</source>
        <translation>Date of &amp;entry:</translation>
    </message>
    <message>
        <source>&amp;Kommune*:</source>
        <translation>&amp;Municipality*:</translation>
    </message>
    <message>
        <source>St&amp;raße, Nr.:</source>
        <translation>Street, n&amp;o.:</translation>
    </message>
    <message>
        <source>&amp;PLZ:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-&amp;Mail:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <source>– keine Angabe –</source>
        <translation>– not stated –</translation>
    </message>
    <message>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>* Pflichtfeld · Strg+Eingabe speichert</source>
        <translation>* Required field · Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>Eingaben verwerfen?</source>
        <translation>Discard input?</translation>
    </message>
    <message>
        <source>Ihre Eingaben sind nicht gespeichert. Möchten Sie sie verwerfen?</source>
        <translation>Your input has not been saved. Do you want to discard it?</translation>
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
    <name>LanguageEditor</name>
    <message>
        <source>Gesprochene &amp;Sprachen:</source>
        <translation>Spo&amp;ken languages:</translation>
    </message>
    <message>
        <source>Sprache suchen …</source>
        <translation>Search language …</translation>
    </message>
    <message>
        <source>&amp;Bevorzugte Sprache:</source>
        <translation>Preferre&amp;d language:</translation>
    </message>
    <message>
        <source>– keine Angabe –</source>
        <translation>– not stated –</translation>
    </message>
    <message>
        <source>&amp;Dolmetscher:in / Sprachmittlung nötig</source>
        <translation>&amp;Interpreter / language mediation needed</translation>
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
    <message>
        <source>Die Löschung wurde bereits mit dem Kreis-Server abgeglichen. Der Eintrag kann hier nicht mehr wiederhergestellt werden; bitte wenden Sie sich an die KIM-Koordination.</source>
        <translation>The deletion has already been synchronised with the district server. The entry can no longer be restored here; please contact KIM coordination.</translation>
    </message>
    <message>
        <source>Das Abschlussdatum darf nicht vor dem Beginn des Falls ({opened}) liegen.</source>
        <translation>The closing date must not be before the start of the case ({opened}).</translation>
    </message>
    <message>
        <source>Das Datum darf nicht vor dem Beginn des Falls ({opened}) liegen.</source>
        <translation>The date must not be before the start of the case ({opened}).</translation>
    </message>
    <message>
        <source>Dieser Fall ist bereits abgeschlossen.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>Dieser Fall ist nicht abgeschlossen.</source>
        <translation>This case is not closed.</translation>
    </message>
    <message>
        <source>Die Phase eines abgeschlossenen Falls kann nicht geändert werden. Bitte eröffnen Sie den Fall zuerst wieder.</source>
        <translation>The phase of a closed case cannot be changed. Please reopen the case first.</translation>
    </message>
    <message>
        <source>Der Fall ist bereits in dieser Phase.</source>
        <translation>The case is already in this phase.</translation>
    </message>
    <message>
        <source>Zum Abschließen eines Falls nutzen Sie bitte „Fall abschließen“ mit Grund.</source>
        <translation>To close a case, please use “Close case” with a reason.</translation>
    </message>
    <message>
        <source>In diese Richtung gibt es keine weitere Phase.</source>
        <translation>There is no further phase in this direction.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie einen Grund für den Abschluss.</source>
        <translation>Please choose a reason for closing.</translation>
    </message>
    <message>
        <source>Die gewählte Person ist nicht (mehr) aktiv in diesem Büro.</source>
        <translation>The selected person is not (or no longer) active in this office.</translation>
    </message>
    <message>
        <source>Ein Fall kann nur an eine aktive Person mit der Rolle Case Management übergeben werden.</source>
        <translation>A case can only be handed over to an active person with the role Case management.</translation>
    </message>
    <message>
        <source>Der Fall wird bereits von dieser Person betreut.</source>
        <translation>This person is already handling the case.</translation>
    </message>
    <message>
        <source>Ein abgeschlossener Fall kann nicht übergeben werden.</source>
        <translation>A closed case cannot be handed over.</translation>
    </message>
    <message>
        <source>Das Datum liegt mehr als {years} Jahre in der Zukunft.</source>
        <translation>The date is more than {years} years in the future.</translation>
    </message>
    <message>
        <source>Die Überprüfung sollte spätestens zum Zieldatum ({due}) stattfinden.</source>
        <translation>The review should take place by the due date ({due}) at the latest.</translation>
    </message>
    <message>
        <source>„Gültig bis“ darf nicht vor dem Datum der Einwilligung ({given}) liegen.</source>
        <translation>“Valid until” must not be before the date of the consent ({given}).</translation>
    </message>
    <message>
        <source>Für die Weitergabe an Stellen nennen Sie bitte mindestens eine empfangende Stelle.</source>
        <translation>To pass data on, please name at least one recipient.</translation>
    </message>
    <message>
        <source>Diese Einwilligung wurde bereits am {date} widerrufen.</source>
        <translation>This consent was already withdrawn on {date}.</translation>
    </message>
    <message>
        <source>Der Widerruf darf nicht vor dem Datum der Einwilligung ({given}) liegen.</source>
        <translation>The withdrawal must not be before the date of the consent ({given}).</translation>
    </message>
    <message>
        <source>Unbekannte Einrichtung.</source>
        <translation>Unknown organisation.</translation>
    </message>
    <message>
        <source>Unbekannte Stelle (Verweisziel): {code}.</source>
        <translation>Unknown service (referral target): {code}.</translation>
    </message>
    <message>
        <source>Akte geöffnet</source>
        <translation>File opened</translation>
    </message>
    <message>
        <source>Ein geplanter Termin kann nicht in der Vergangenheit liegen.</source>
        <translation>A planned appointment cannot be in the past.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie die Klient:in aus (Name, Geburtsdatum oder Aktenzeichen).</source>
        <translation>Please select the client (name, date of birth or file number).</translation>
    </message>
    <message>
        <source>Die gewählte Klient:in wurde nicht gefunden oder ist gelöscht.</source>
        <translation>The selected client was not found or has been deleted.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie mindestens ein Beratungsthema aus.</source>
        <translation>Please select at least one consultation topic.</translation>
    </message>
    <message>
        <source>Unbekanntes Beratungsthema: {code}.</source>
        <translation>Unknown consultation topic: {code}.</translation>
    </message>
    <message>
        <source>Die Dauer muss zwischen 1 und {max} Minuten liegen.</source>
        <translation>The duration must be between 1 and {max} minutes.</translation>
    </message>
    <message>
        <source>Bitte geben Sie die Sprache der Sprachmittlung an.</source>
        <translation>Please state the language for the language mediation.</translation>
    </message>
    <message>
        <source>Der Termin wurde nicht gefunden oder ist gelöscht.</source>
        <translation>The appointment was not found or has been deleted.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie die Stelle (Kategorie) des Verweises aus.</source>
        <translation>Please select the service (category) of the referral.</translation>
    </message>
    <message>
        <source>Unbekannte Stelle: {code}.</source>
        <translation>Unknown service: {code}.</translation>
    </message>
    <message>
        <source>Die gewählte Einrichtung gehört nicht zu dieser Kategorie.</source>
        <translation>The selected organisation does not belong to this category.</translation>
    </message>
    <message>
        <source>Für eine Weitergabe an {target} liegt keine gültige Einwilligung vor. Bitte erfassen Sie zuerst die Einwilligung.</source>
        <translation>There is no valid consent for passing data to {target}. Please record the consent first.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Grund der Ablehnung an.</source>
        <translation>Please state the reason for declining.</translation>
    </message>
    <message>
        <source>Die Wiedervorlage darf nicht vor dem Datum des Verweises ({date}) liegen.</source>
        <translation>The follow-up must not be before the date of the referral ({date}).</translation>
    </message>
    <message>
        <source>Ein Verweis kann nicht in einen früheren Status zurückgesetzt werden (Reihenfolge: vorgeschlagen → vermittelt → angenommen → abgeschlossen).</source>
        <translation>A referral cannot be set back to an earlier status (order: suggested → arranged → accepted → completed).</translation>
    </message>
    <message>
        <source>Dieser Verweis ist bereits abgeschlossen oder abgelehnt; sein Status bleibt so.</source>
        <translation>This referral is already completed or declined; its status stays as it is.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie aus, von welcher Stelle die Verweisung kommt.</source>
        <translation>Please select the service the referral comes from.</translation>
    </message>
    <message>
        <source>Bitte wählen Sie eine Klient:in aus.</source>
        <translation>Please select a client.</translation>
    </message>
    <message>
        <source>Der gewählte Fall gehört zu einer anderen Klient:in.</source>
        <translation>The selected case belongs to another client.</translation>
    </message>
    <message>
        <source>Nur geplante Termine können so geändert werden.</source>
        <translation>Only planned appointments can be changed this way.</translation>
    </message>
    <message>
        <source>Den Status eines strukturellen Bedarfs setzt nur die KIM-Koordination (Modul 1).</source>
        <translation>Only KIM coordination (module 1) sets the status of a structural need.</translation>
    </message>
    <message>
        <source>Bitte beschreiben Sie die Lösung, bevor Sie den Bedarf als gelöst markieren.</source>
        <translation>Please describe the solution before you mark the need as solved.</translation>
    </message>
    <message>
        <source>Diesen Bedarf können nur die meldende Person und die KIM-Koordination bearbeiten.</source>
        <translation>Only the person who reported this need and KIM coordination can edit it.</translation>
    </message>
    <message>
        <source>Die Zahl darf nicht negativ sein.</source>
        <translation>The number must not be negative.</translation>
    </message>
    <message>
        <source>Das Enddatum darf nicht vor dem Startdatum liegen.</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <source>Es muss mindestens ein Termin geplant sein.</source>
        <translation>At least one session must be planned.</translation>
    </message>
    <message>
        <source>Haushalt, Zeile {row}: Bitte geben Sie den Vornamen an.</source>
        <translation>Household, row {row}: please enter the first name.</translation>
    </message>
    <message>
        <source>Haushalt, Zeile {row}: Das Geburtsdatum darf nicht in der Zukunft liegen.</source>
        <translation>Household, row {row}: the date of birth must not be in the future.</translation>
    </message>
    <message>
        <source>Eine Gültigkeit gibt es nur zu einem Aufenthaltsstatus.</source>
        <translation>A validity date only applies together with a residence status.</translation>
    </message>
    <message>
        <source>Bitte geben Sie ein Datum wie 12.03.1985 ein.</source>
        <translation>Please enter a date such as 12.03.1985.</translation>
    </message>
    <message>
        <source>Haushalt, Zeile {row}: Bitte geben Sie ein Datum wie 12.03.2019 ein.</source>
        <translation>Household, row {row}: please enter a date such as 12.03.2019.</translation>
    </message>
    <message>
        <source>Keine Klient:in mit dem Aktenzeichen {file_number} gefunden.</source>
        <translation>No client found with the file number {file_number}.</translation>
    </message>
    <message>
        <source>Für dieses Dokument fehlt der passende Eintrag (Termin, Verweisung oder Beratung) in der Klientenakte.</source>
        <translation>The matching entry (appointment, referral or consultation) for this document is missing from the client file.</translation>
    </message>
    <message>
        <source>Nur Dokumente zu einer Klientin oder einem Klienten können abgelegt werden.</source>
        <translation>Only documents about a client can be filed.</translation>
    </message>
    <message>
        <source>Für die Sprache „{language}“ gibt es keine Brieftexte.</source>
        <translation>There are no letter texts for the language “{language}”.</translation>
    </message>
    <message>
        <source>Für den {date} sind keine geplanten Termine eingetragen.</source>
        <translation>There are no planned appointments for {date}.</translation>
    </message>
    <message>
        <source>Es gibt keine offenen Verweisungen.</source>
        <translation>There are no open referrals.</translation>
    </message>
    <message>
        <source>Dieses Gerät ist noch nicht beim Synchronisationsserver angemeldet. Bitte geben Sie die Serveradresse und den Anmeldecode ein.</source>
        <translation>This device is not yet enrolled with the sync server. Please enter the server address and the enrolment code.</translation>
    </message>
    <message>
        <source>Die Serveradresse muss mit https:// (oder im eigenen Netz mit http://) beginnen, z. B. https://kim.rhein-sieg-kreis.de.</source>
        <translation>The server address must start with https:// (or, within your own network, http://), e.g. https://kim.rhein-sieg-kreis.de.</translation>
    </message>
    <message>
        <source>Bitte geben Sie den Anmeldecode ein, den Sie von der Administration erhalten haben.</source>
        <translation>Please enter the enrolment code you received from the administration.</translation>
    </message>
    <message>
        <source>Die Zertifikatsdatei „{path}“ wurde nicht gefunden.</source>
        <translation>The certificate file “{path}” was not found.</translation>
    </message>
    <message>
        <source>Der Synchronisationsserver ist nicht erreichbar ({reason}). Ihre Änderungen bleiben gespeichert und werden beim nächsten Mal übertragen.</source>
        <translation>The sync server cannot be reached ({reason}). Your changes stay saved and will be sent next time.</translation>
    </message>
    <message>
        <source>Das Zertifikat des Servers konnte nicht geprüft werden. Bitte prüfen Sie die Serveradresse oder hinterlegen Sie die Zertifikatsdatei des Kreises.</source>
        <translation>The server&apos;s certificate could not be verified. Please check the server address or provide the district&apos;s certificate file.</translation>
    </message>
    <message>
        <source>Dieses Gerät wurde am Server gesperrt. Bitte wenden Sie sich an die Administration, um es neu anzumelden.</source>
        <translation>This device has been blocked at the server. Please contact the administration to enrol it again.</translation>
    </message>
    <message>
        <source>Der Server kennt dieses Gerät nicht (mehr). Bitte melden Sie das Gerät mit einem neuen Anmeldecode an.</source>
        <translation>The server does not know this device (any more). Please enrol the device with a new enrolment code.</translation>
    </message>
    <message>
        <source>Bitte aktualisieren Sie KIM Desktop: der Server unterstützt diese Version nicht mehr.</source>
        <translation>Please update KIM Desktop: the server no longer supports this version.</translation>
    </message>
    <message>
        <source>Der Server meldet: {message}</source>
        <translation>The server reports: {message}</translation>
    </message>
    <message>
        <source>Der Server hat eine unerwartete Antwort gegeben (HTTP {status}). Bitte versuchen Sie es später erneut.</source>
        <translation>The server gave an unexpected answer (HTTP {status}). Please try again later.</translation>
    </message>
    <message>
        <source>Die Daten vom Server konnten auf diesem Gerät nicht gespeichert werden ({reason}). Es ging nichts verloren; bitte wenden Sie sich an die Administration.</source>
        <translation>The data from the server could not be saved on this device ({reason}). Nothing was lost; please contact the administration.</translation>
    </message>
    <message>
        <source>Eine Synchronisation läuft bereits. Bitte warten Sie, bis sie fertig ist.</source>
        <translation>A synchronisation is already running. Please wait until it has finished.</translation>
    </message>
    <message>
        <source>Die Uhr dieses Geräts weicht um etwa {minutes} Minuten von der Serverzeit ab. Bitte stellen Sie Datum und Uhrzeit richtig ein.</source>
        <translation>This device&apos;s clock differs from the server time by about {minutes} minutes. Please set the date and time correctly.</translation>
    </message>
    <message>
        <source>Synchronisation abgeschlossen: {pushed} Änderungen gesendet, {pulled} empfangen.</source>
        <translation>Synchronisation finished: {pushed} changes sent, {pulled} received.</translation>
    </message>
    <message>
        <source>{count} Konflikte warten auf eine Entscheidung.</source>
        <translation>{count} conflicts are waiting for a decision.</translation>
    </message>
    <message>
        <source>{count} Änderungen wurden vom Server abgelehnt.</source>
        <translation>{count} changes were rejected by the server.</translation>
    </message>
    <message>
        <source>Diesen Konflikt gibt es nicht (mehr).</source>
        <translation>This conflict does not exist (any more).</translation>
    </message>
    <message>
        <source>Der Datensatz dieses Konflikts ist auf diesem Gerät nicht vorhanden.</source>
        <translation>The record of this conflict is not present on this device.</translation>
    </message>
    <message>
        <source>Endgültig löschen (Art. 17 DSGVO) dürfen nur Administration, KIM-Koordination und die Fallverantwortlichen eines offenen Falls.</source>
        <translation>Only the administration, KIM coordination and the case managers of an open case may erase permanently (Art. 17 GDPR).</translation>
    </message>
    <message>
        <source>Die Daten wurden auf Anordnung (Art. 17 DSGVO) gelöscht.</source>
        <translation>The data were erased on request (Art. 17 GDPR).</translation>
    </message>
    <message>
        <source>Die Datei „{path}“ ist keine KIM-Synchronisationsdatei.</source>
        <translation>The file “{path}” is not a KIM sync file.</translation>
    </message>
    <message>
        <source>Die Synchronisationsdatei wurde verändert oder gehört zu einem anderen Gerät; sie wird nicht eingelesen.</source>
        <translation>The sync file has been altered or belongs to another device; it is not read in.</translation>
    </message>
    <message>
        <source>Diese Datei ist eine Sendedatei dieses Geräts, keine Antwort des Servers.</source>
        <translation>This file is an outgoing file of this device, not a reply from the server.</translation>
    </message>
    <message>
        <source>Diese Antwortdatei ist für ein anderes Gerät bestimmt.</source>
        <translation>This reply file is meant for another device.</translation>
    </message>
    <message>
        <source>Es gibt keine ausstehenden Änderungen zum Exportieren.</source>
        <translation>There are no pending changes to export.</translation>
    </message>
    <message>
        <source>Änderungen senden</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <source>Änderungen empfangen</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <source>Abgleich prüfen</source>
        <translation>Checking consistency</translation>
    </message>
    <message>
        <source>Konflikte abrufen</source>
        <translation>Fetching conflicts</translation>
    </message>
    <message>
        <source>Statistikdaten empfangen</source>
        <translation>Receiving statistics data</translation>
    </message>
</context>
<context>
    <name>MonthlyCountsPanel</name>
    <message>
        <source>&amp;Jahr:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>In diesem Jahr keine MuKi-S-Beratungen erfasst.</source>
        <translation>No MuKi-S consultations recorded this year.</translation>
    </message>
    <message>
        <source>{individual} Einzelberatungen · {group} Gruppentermine</source>
        <translation>{individual} individual consultations · {group} group sessions</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Meldung: Herausforderung</source>
        <translation>Report: challenge</translation>
    </message>
    <message>
        <source>Bearbeitung durch die KIM-Koordination: Lösung</source>
        <translation>Handling by KIM coordination: solution</translation>
    </message>
    <message>
        <source>&amp;Herausforderung:</source>
        <translation>&amp;Challenge:</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Thema:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Betroffene Gruppe:</source>
        <translation>&amp;Affected group:</translation>
    </message>
    <message>
        <source>&amp;Anzahl Fälle:</source>
        <translation>&amp;Number of cases:</translation>
    </message>
    <message>
        <source>&amp;Beispiel:</source>
        <translation>&amp;Example:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Lösung:</source>
        <translation>S&amp;olution:</translation>
    </message>
    <message>
        <source>Arbeits&amp;gruppe:</source>
        <translation>Working &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Zuständig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Bitte keine Namen oder identifizierenden Angaben – beschreiben Sie das Beispiel so, dass niemand erkannt werden kann.</source>
        <translation>No names or identifying details, please – describe the example so that nobody can be recognised.</translation>
    </message>
    <message>
        <source>z. B. Fehlende Sprachförderung für Kinder vor der Einschulung</source>
        <translation>e.g. lack of language support for children before they start school</translation>
    </message>
    <message>
        <source>z. B. Familien mit Kindern von 4–6 Jahren</source>
        <translation>e.g. families with children aged 4–6</translation>
    </message>
    <message>
        <source>z. B. Projektarbeitsgruppe DELFIN 4</source>
        <translation>e.g. project working group DELFIN 4</translation>
    </message>
    <message>
        <source>(kreisweit / keine Angabe)</source>
        <translation>(district-wide / not stated)</translation>
    </message>
    <message>
        <source>(kein Thema)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <source>(noch niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <source>Neue Meldung</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Gemeldet am {date} von {name}</source>
        <translation>Reported on {date} by {name}</translation>
    </message>
    <message>
        <source> · Status geändert am {date}</source>
        <translation> · status changed on {date}</translation>
    </message>
    <message>
        <source>Status, Lösung und Arbeitsgruppe trägt die KIM-Koordination ein.</source>
        <translation>Status, solution and working group are entered by KIM coordination.</translation>
    </message>
    <message>
        <source>Nach dem Speichern der Meldung möglich.</source>
        <translation>Possible once the report has been saved.</translation>
    </message>
</context>
<context>
    <name>NeedModel</name>
    <message>
        <source>Gemeldet</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Herausforderung</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Arbeitsgruppe</source>
        <translation>Working group</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <source>Strukturelle Bedarfe</source>
        <translation>Structural needs</translation>
    </message>
    <message>
        <source>Suchen in Herausforderung und Lösung …</source>
        <translation>Search in challenge and solution …</translation>
    </message>
    <message>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Alle Themen</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>&amp;Neuer Bedarf</source>
        <translation>&amp;New need</translation>
    </message>
    <message>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Speichern (Strg+Eingabe)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Gelöschten Bedarf wiederherstellen</source>
        <translation>Restore deleted need</translation>
    </message>
    <message>
        <source>{count} Bedarfe</source>
        <translation>{count} needs</translation>
    </message>
    <message>
        <source>Bedarf löschen?</source>
        <translation>Delete need?</translation>
    </message>
    <message>
        <source>Diesen strukturellen Bedarf löschen? Sie können ihn danach wiederherstellen.</source>
        <translation>Delete this structural need? You can restore it afterwards.</translation>
    </message>
    <message>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Art:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Zielgruppe:</source>
        <translation>Tar&amp;get group:</translation>
    </message>
    <message>
        <source>&amp;Geplante Termine:</source>
        <translation>&amp;Planned sessions:</translation>
    </message>
    <message>
        <source>&amp;Zeitraum:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>&amp;Leitung:</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>(keine Angabe)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>(noch offen)</source>
        <translation>(not yet decided)</translation>
    </message>
    <message>
        <source>Termine zu je</source>
        <translation>sessions of</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>z. B. Heidelberger Elterntraining Troisdorf</source>
        <translation>e.g. Heidelberger Elterntraining Troisdorf</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Fall eröffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Neuen Fall eröffnen</source>
        <translation>Open a new case</translation>
    </message>
    <message>
        <source>&amp;Fallart:</source>
        <translation>Case &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Case Manager:in:</source>
        <translation>&amp;Case manager:</translation>
    </message>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <source>Phase ändern</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Aktuelle Phase: {phase}</source>
        <translation>Current phase: {phase}</translation>
    </message>
    <message>
        <source>&amp;Neue Phase:</source>
        <translation>&amp;New phase:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Bemerkung:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Dokument wird erstellt …</source>
        <translation>Creating document …</translation>
    </message>
    <message>
        <source>An den Drucker gesendet.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>In der Klientenakte abgelegt.</source>
        <translation>Filed in the client file.</translation>
    </message>
    <message>
        <source>Druckvorschau: {document}</source>
        <translation>Print preview: {document}</translation>
    </message>
    <message>
        <source>Sprache des Dokuments:</source>
        <translation>Language of the document:</translation>
    </message>
    <message>
        <source>Drucken …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Als PDF speichern …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>In der Klientenakte ablegen</source>
        <translation>File in the client file</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferralEditor</name>
    <message>
        <source>Verweis nachhalten</source>
        <translation>Follow up referral</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Ablehnungs&amp;grund:</source>
        <translation>&amp;Reason declined:</translation>
    </message>
    <message>
        <source>&amp;Wiedervorlage:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Änderungen &amp;speichern</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Verweisschreiben &amp;drucken …</source>
        <translation>&amp;Print referral letter …</translation>
    </message>
    <message>
        <source>Bitte wählen Sie links einen Verweis aus.</source>
        <translation>Please select a referral on the left.</translation>
    </message>
    <message>
        <source>{client} ({number}) · {date}
{reason}</source>
        <translation>{client} ({number}) · {date}
{reason}</translation>
    </message>
</context>
<context>
    <name>ReferralListPage</name>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Verwiesen am</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Anzeigen:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>offene</source>
        <translation>open</translation>
    </message>
    <message>
        <source>fällige Wiedervorlagen</source>
        <translation>due follow-ups</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Richtung:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>beide</source>
        <translation>both</translation>
    </message>
    <message>
        <source>Nur &amp;meine</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Eingehende Verweisung erfassen …</source>
        <translation>Record &amp;incoming referral …</translation>
    </message>
</context>
<context>
    <name>ReferralRow</name>
    <message>
        <source>– Stelle wählen –</source>
        <translation>– choose service –</translation>
    </message>
    <message>
        <source>– keine bestimmte –</source>
        <translation>– none in particular –</translation>
    </message>
    <message>
        <source>Stelle (Kategorie)</source>
        <translation>Service (category)</translation>
    </message>
    <message>
        <source>Einrichtung</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Anlass/Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Verweis entfernen</source>
        <translation>Remove referral</translation>
    </message>
</context>
<context>
    <name>ReferralRows</name>
    <message>
        <source>&amp;Verweis hinzufügen</source>
        <translation>&amp;Add referral</translation>
    </message>
    <message>
        <source>In dieser Beratung wurde an keine Stelle verwiesen.</source>
        <translation>No referral was made in this consultation.</translation>
    </message>
</context>
<context>
    <name>RejectedList</name>
    <message>
        <source>Diese Änderungen hat der Server nicht übernommen. Der Grund steht dabei; öffnen Sie die Akte, um die Angabe zu korrigieren. Andere Änderungen werden davon nicht aufgehalten.</source>
        <translation>The server did not accept these changes. The reason is given next to each; open the file to correct the detail. Other changes are not held up by them.</translation>
    </message>
    <message>
        <source>Akte ö&amp;ffnen</source>
        <translation>O&amp;pen file</translation>
    </message>
</context>
<context>
    <name>ReopenCaseDialog</name>
    <message>
        <source>Fall wiedereröffnen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <source>Der Fall wurde am {closed} abgeschlossen. Beim Wiedereröffnen kehrt er in die Phase vor dem Abschluss zurück.</source>
        <translation>The case was closed on {closed}. When reopened, it returns to the phase it was in before closure.</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Bemerkung:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Termin bearbeiten</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Termin hinzufügen</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>D&amp;auer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Teilnehmende:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
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
    <name>StatePanel</name>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letzte erfolgreiche Synchronisation:</source>
        <translation>Last successful synchronisation:</translation>
    </message>
    <message>
        <source>Ausstehende Änderungen:</source>
        <translation>Pending changes:</translation>
    </message>
    <message>
        <source>Offene Konflikte:</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>Abgelehnte Änderungen:</source>
        <translation>Rejected changes:</translation>
    </message>
    <message>
        <source>&amp;Jetzt synchronisieren</source>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <source>Jetzt mit dem Server abgleichen (F5)</source>
        <translation>Synchronise with the server now (F5)</translation>
    </message>
    <message>
        <source>Synchronisation abbre&amp;chen</source>
        <translation>&amp;Cancel synchronisation</translation>
    </message>
    <message>
        <source>{phase} %v/%m</source>
        <translation>{phase} %v/%m</translation>
    </message>
    <message>
        <source>wird ermittelt …</source>
        <translation>being determined …</translation>
    </message>
    <message>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <source>vor</source>
        <translation>fast</translation>
    </message>
    <message>
        <source>nach</source>
        <translation>slow</translation>
    </message>
    <message>
        <source>Die Uhr dieses Geräts geht etwa {minutes} Minuten {direction}. Bitte stellen Sie Datum und Uhrzeit richtig ein; die Synchronisation läuft trotzdem weiter.</source>
        <translation>This device&apos;s clock is about {minutes} minutes {direction}. Please set the date and time correctly; synchronisation continues anyway.</translation>
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
        <source>Synchronisiere ({phase}) …</source>
        <translation>Synchronising ({phase}) …</translation>
    </message>
    <message>
        <source>Synchronisiere …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <source>{done}/{total}</source>
        <translation>{done}/{total}</translation>
    </message>
    <message>
        <source>Synchronisiere ({phase}) … {counts}</source>
        <translation>Synchronising ({phase}) … {counts}</translation>
    </message>
    <message>
        <source>Synchronisiere … {counts}</source>
        <translation>Synchronising … {counts}</translation>
    </message>
    <message>
        <source>Synchronisation: {problem}</source>
        <translation>Synchronisation: {problem}</translation>
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
    <name>SummaryTab</name>
    <message>
        <source>Stammdaten &amp;bearbeiten …</source>
        <translation>&amp;Edit personal data …</translation>
    </message>
    <message>
        <source>Klient:in &amp;löschen …</source>
        <translation>&amp;Delete client …</translation>
    </message>
    <message>
        <source>Die ganze Akte löschen (wiederherstellbar bis zur Synchronisation)</source>
        <translation>Delete the whole file (can be restored until synchronisation)</translation>
    </message>
    <message>
        <source>Stammdaten</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Aktenzeichen:</source>
        <translation>File number:</translation>
    </message>
    <message>
        <source>Geburtsdatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Geschlecht:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus:</source>
        <translation>Residence status:</translation>
    </message>
    <message>
        <source>Zielgruppe:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>Eingereist am:</source>
        <translation>Date of entry:</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Anschrift:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Sprachen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig:</source>
        <translation>Language mediation needed:</translation>
    </message>
    <message>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>(gültig bis {date})</source>
        <translation>(valid until {date})</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>geb. {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <source>Kita</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Sprachförderbedarf</source>
        <translation>Needs language support</translation>
    </message>
    <message>
        <source>Keine Haushaltsmitglieder erfasst.</source>
        <translation>No household members recorded.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Haushaltsmitglied</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Phasenwechsel</source>
        <translation>Phase change</translation>
    </message>
    <message>
        <source>Fallübergabe</source>
        <translation>Case hand-over</translation>
    </message>
    <message>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Gruppenangebot</source>
        <translation>Group offer</translation>
    </message>
    <message>
        <source>Gruppentermin</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>Struktureller Bedarf</source>
        <translation>Structural need</translation>
    </message>
    <message>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Benutzer:in</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Dienststelle</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Gelöscht / bearbeitet</source>
        <translation>Deleted / edited</translation>
    </message>
    <message>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Bevorzugte Sprache</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Sprachmittlung nötig</source>
        <translation>Language mediation needed</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fallverantwortung</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Senden</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Empfangen</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Prüfen</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Konflikte ({count})</source>
        <translation>&amp;Conflicts ({count})</translation>
    </message>
    <message>
        <source>Abge&amp;lehnte Änderungen ({count})</source>
        <translation>Re&amp;jected changes ({count})</translation>
    </message>
    <message>
        <source>Eine Synchronisation läuft bereits. Bitte warten Sie, bis sie fertig ist.</source>
        <translation>A synchronisation is already running. Please wait until it has finished.</translation>
    </message>
    <message>
        <source>Synchronisation abgeschlossen: {pushed} gesendet, {pulled} empfangen, {conflicts} Konflikte, {rejected} abgelehnt.</source>
        <translation>Synchronisation finished: {pushed} sent, {pulled} received, {conflicts} conflicts, {rejected} rejected.</translation>
    </message>
    <message>
        <source>{reason}
Die automatische Synchronisation ist angehalten, bis Sie das Gerät neu anmelden oder selbst „Jetzt synchronisieren“ wählen.</source>
        <translation>{reason}
Automatic synchronisation is paused until you enrol the device again or choose “Synchronise now” yourself.</translation>
    </message>
    <message>
        <source>Das Gerät ist angemeldet.</source>
        <translation>The device is enrolled.</translation>
    </message>
    <message>
        <source>Der Anmeldecode ist unbekannt, abgelaufen oder wurde schon verwendet. Bitte lassen Sie sich von der Administration einen neuen Code geben.</source>
        <translation>The enrolment code is unknown, has expired or has already been used. Please ask the administration for a new code.</translation>
    </message>
    <message>
        <source>Der Konflikt ist gelöst; der gewählte Wert wird beim nächsten Mal übertragen.</source>
        <translation>The conflict is resolved; the chosen value will be sent next time.</translation>
    </message>
    <message>
        <source>Änderungen exportiert</source>
        <translation>Changes exported</translation>
    </message>
    <message>
        <source>Die ausstehenden Änderungen stehen verschlüsselt in
{path}

Bringen Sie die Datei zur Kreisverwaltung und lesen Sie danach deren Antwortdatei ein.</source>
        <translation>The pending changes are stored, encrypted, in
{path}

Take the file to the district administration and then read in its reply file.</translation>
    </message>
    <message>
        <source>Antwortdatei eingelesen</source>
        <translation>Reply file read</translation>
    </message>
    <message>
        <source>Die Antwortdatei
{path}
wurde eingelesen.</source>
        <translation>The reply file
{path}
has been read.</translation>
    </message>
    <message>
        <source>Synchronisationsdatei</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <source>Eine Synchronisation läuft gerade. Bitte versuchen Sie es gleich erneut.</source>
        <translation>A synchronisation is running. Please try again in a moment.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Fallphase</source>
        <translation>Case phase</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Einwilligung erteilt</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>{type}, {mode}, {minutes} Min.</source>
        <translation>{type}, {mode}, {minutes} min</translation>
    </message>
    <message>
        <source>{type}: Fall eröffnet</source>
        <translation>{type}: case opened</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Eintrag &amp;löschen …</source>
        <translation>&amp;Delete entry …</translation>
    </message>
    <message>
        <source>Die gewählte Beratung oder Verweisung löschen (Entf)</source>
        <translation>Delete the selected consultation or referral (Del)</translation>
    </message>
    <message>
        <source>vom {date} ({type}, {minutes} Min.)</source>
        <translation>of {date} ({type}, {minutes} min)</translation>
    </message>
    <message>
        <source>vom {date} an „{target}“</source>
        <translation>of {date} to “{target}”</translation>
    </message>
    <message>
        <source>Wählen Sie einen Eintrag, um Einzelheiten zu sehen.</source>
        <translation>Select an entry to see its details.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>{minutes} Minuten</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Sprachmittlung</source>
        <translation>Language mediation</translation>
    </message>
    <message>
        <source>Case Manager:in</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Richtung</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Stelle</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Einrichtung</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ablehnungsgrund</source>
        <translation>Reason declined</translation>
    </message>
    <message>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nach</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Durch</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Bemerkung</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>TodayModels</name>
    <message>
        <source>Verweisberatung nachfassen</source>
        <translation>Follow up referral</translation>
    </message>
    <message>
        <source>Ziel überprüfen</source>
        <translation>Review goal</translation>
    </message>
    <message>
        <source>Einwilligung läuft ab</source>
        <translation>Consent expires</translation>
    </message>
    <message>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Klient:in</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>noch keiner (Fall seit {date})</source>
        <translation>none yet (case since {date})</translation>
    </message>
    <message>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Fallart</source>
        <translation>Case type</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Heute, {weekday} {date}</source>
        <translation>Today, {weekday} {date}</translation>
    </message>
    <message>
        <source>Termine des Tages</source>
        <translation>Appointments of the day</translation>
    </message>
    <message>
        <source>Termine der Woche</source>
        <translation>Appointments of the week</translation>
    </message>
    <message>
        <source>Fällige Wiedervorlagen</source>
        <translation>Due follow-ups</translation>
    </message>
    <message>
        <source>Fälle ohne Kontakt</source>
        <translation>Cases without contact</translation>
    </message>
    <message>
        <source>Ohne Beratung seit &amp;mehr als</source>
        <translation>No consultation for &amp;more than</translation>
    </message>
    <message>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Keine Wiedervorlagen fällig.</source>
        <translation>No follow-ups due.</translation>
    </message>
    <message>
        <source>Alle offenen Fälle hatten zuletzt Kontakt.</source>
        <translation>All open cases have had contact recently.</translation>
    </message>
    <message>
        <source>Synchronisation eingerichtet</source>
        <translation>Synchronisation set up</translation>
    </message>
    <message>
        <source>Synchronisation nicht eingerichtet</source>
        <translation>Synchronisation not set up</translation>
    </message>
    <message>
        <source>{count} Änderungen ausstehend</source>
        <translation>{count} changes pending</translation>
    </message>
    <message>
        <source>zuletzt {when}</source>
        <translation>last {when}</translation>
    </message>
    <message>
        <source>noch nie abgeglichen</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <source>Die Klientenakte ist noch nicht verfügbar.</source>
        <translation>The client file is not available yet.</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <source>Thema suchen …</source>
        <translation>Search topic …</translation>
    </message>
    <message>
        <source>Noch kein Thema gewählt.</source>
        <translation>No topic chosen yet.</translation>
    </message>
    <message>
        <source>Tippen filtert · Eingabe oder Leertaste wählt · Ziffern 1–9 wählen direkt</source>
        <translation>Typing filters · Enter or Space selects · digits 1–9 select directly</translation>
    </message>
    <message>
        <source>Thema entfernen</source>
        <translation>Remove topic</translation>
    </message>
</context>
<context>
    <name>TrashTab</name>
    <message>
        <source>Gelöschte Einträge dieser Akte. Sie lassen sich wiederherstellen, bis die Löschung mit dem Kreis-Server synchronisiert ist.</source>
        <translation>Deleted entries of this file. They can be restored until the deletion has been synchronised with the district server.</translation>
    </message>
    <message>
        <source>Gelöscht am</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Der Papierkorb dieser Akte ist leer.</source>
        <translation>The recycle bin of this file is empty.</translation>
    </message>
    <message>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Den gewählten Eintrag zurück in die Akte holen</source>
        <translation>Put the selected entry back into the file</translation>
    </message>
    <message>
        <source>möglich</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>nicht mehr (synchronisiert)</source>
        <translation>no longer (synchronised)</translation>
    </message>
    <message>
        <source>{goal} (Fall: {type})</source>
        <translation>{goal} (case: {type})</translation>
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
    <name>UndoBar</name>
    <message>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Den gelöschten Eintrag wiederherstellen</source>
        <translation>Restore the deleted entry</translation>
    </message>
    <message>
        <source>Hinweis schließen</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Die Einwilligung „{purpose}“ vom {given} wird widerrufen. Sie bleibt als Verlauf sichtbar; Weitergaben sind danach nicht mehr gedeckt.</source>
        <translation>The consent “{purpose}” of {given} will be withdrawn. It stays visible in the history; passing on data is no longer covered afterwards.</translation>
    </message>
    <message>
        <source>&amp;Widerrufen am:</source>
        <translation>Withdrawn &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Widerrufen</source>
        <translation>&amp;Withdraw</translation>
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
    <message>
        <source>Leeren &amp;Aufnahmebogen drucken …</source>
        <translation>Print blank &amp;intake form …</translation>
    </message>
</context>
</TS>
