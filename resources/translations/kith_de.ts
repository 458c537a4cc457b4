<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Sync accounts</source>
        <translation>Sync-Konten</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Passwort festlegen…</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Test a new password for the chosen account and keep it (after copying Kith's data folder, or when the password changed).</source>
        <translation>Ein neues Passwort für das gewählte Konto prüfen und behalten (nach dem Kopieren von Kiths Datenordner oder wenn sich das Passwort geändert hat).</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Put follow-ups and birthdays on a calendar</source>
        <translation>Nachfassaktionen und Geburtstage in einen Kalender eintragen</translation>
    </message>
    <message>
        <source>Calendar name</source>
        <translation>Name des Kalenders</translation>
    </message>
    <message>
        <source>Kith follow-ups</source>
        <translation>Kith-Nachfassaktionen</translation>
    </message>
    <message>
        <source>After each sync of this account. A calendar of that name is created if there is none. Turning this off leaves the calendar on the server as it is.</source>
        <translation>Nach jeder Synchronisierung dieses Kontos. Gibt es keinen Kalender dieses Namens, wird er angelegt. Ausschalten lässt den Kalender auf dem Server, wie er ist.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://dav.example.com/</source>
        <translation>https://dav.example.com/</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Test and find address books</source>
        <translation>Testen und Adressbücher suchen</translation>
    </message>
    <message>
        <source>Address books to sync</source>
        <translation>Zu synchronisierende Adressbücher</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>The server's address (Kith finds the address books), a principal or an address book. HTTPS only, except on this computer.</source>
        <translation>Die Adresse des Servers (Kith findet die Adressbücher), eines Principals oder eines Adressbuchs. Nur HTTPS, außer auf diesem Computer.</translation>
    </message>
    <message>
        <source>No accounts. Add one below to sync with your phone.</source>
        <translation>Keine Konten. Füge unten eines hinzu, um mit deinem Telefon zu synchronisieren.</translation>
    </message>
    <message>
        <source>Follow-ups and birthdays go to the calendar “{name}” after each sync.</source>
        <translation>Nachfassaktionen und Geburtstage kommen nach jeder Synchronisierung in den Kalender „{name}“.</translation>
    </message>
    <message>
        <source>Follow-ups no longer go to a calendar; the one on the server stays as it is.</source>
        <translation>Nachfassaktionen kommen nicht mehr in einen Kalender; der auf dem Server bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Enter the server address, user name and password first.</source>
        <translation>Gib zuerst Serveradresse, Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Logged in. Choose the address books to sync, then Add account.</source>
        <translation>Angemeldet. Wähle die zu synchronisierenden Adressbücher, dann „Konto hinzufügen“.</translation>
    </message>
    <message>
        <source>Logged in, but no address book was found there. Create one on the server, or enter an address book's address.</source>
        <translation>Angemeldet, aber dort wurde kein Adressbuch gefunden. Leg eines auf dem Server an oder gib die Adresse eines Adressbuchs ein.</translation>
    </message>
    <message>
        <source>Choose at least one address book.</source>
        <translation>Wähle mindestens ein Adressbuch.</translation>
    </message>
    <message>
        <source>Counting the cards…</source>
        <translation>Karten werden gezählt…</translation>
    </message>
    <message>
        <source>{sentence} Add the account?</source>
        <translation>{sentence} Konto hinzufügen?</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>Das Konto wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password. Keep it in a file that only you can read?</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, um das Passwort aufzubewahren. In einer Datei speichern, die nur du lesen kannst?</translation>
    </message>
    <message>
        <source>The account was not added: set up a keyring (GNOME Keyring, KWallet, KeePassXC), or agree to the file.</source>
        <translation>Das Konto wurde nicht hinzugefügt: Richte einen Schlüsselbund ein (GNOME Keyring, KWallet, KeePassXC) oder stimme der Datei zu.</translation>
    </message>
    <message>
        <source>Account added. {sentence}</source>
        <translation>Konto hinzugefügt. {sentence}</translation>
    </message>
    <message>
        <source>Password for {account}:</source>
        <translation>Passwort für {account}:</translation>
    </message>
    <message>
        <source>The password was not stored: {reason}</source>
        <translation>Das Passwort wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The login worked; the password is stored.</source>
        <translation>Die Anmeldung hat funktioniert; das Passwort ist gespeichert.</translation>
    </message>
    <message>
        <source>Remove this account and its password? The contacts synced from it stay in Kith.</source>
        <translation>Dieses Konto und sein Passwort entfernen? Die darüber synchronisierten Kontakte bleiben in Kith.</translation>
    </message>
    <message>
        <source>Account removed; its contacts stay.</source>
        <translation>Konto entfernt; seine Kontakte bleiben.</translation>
    </message>
    <message>
        <source>last synced {when}</source>
        <translation>zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Follow up after {event}</source>
        <translation>Nachfassen nach {event}</translation>
    </message>
    <message>
        <source>keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Keep in touch ({every}); no contact logged yet</source>
        <translation>Kontakt halten ({every}); noch kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>Keep in touch ({every}); last contact {ago}</source>
        <translation>Kontakt halten ({every}); letzter Kontakt {ago}</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Birthday (turns {age}, {day})</source>
        <translation>Geburtstag (wird {age}, {day})</translation>
    </message>
    <message>
        <source>Birthday ({day})</source>
        <translation>Geburtstag ({day})</translation>
    </message>
    <message>
        <source>%n year ago</source>
        <translation>vor %n Jahr</translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation>vor %n Jahren</translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation>vor %n Tag</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <source>%n month ago</source>
        <translation>vor %n Monat</translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation>vor %n Monaten</translation>
    </message>
    <message>
        <source>every %n day</source>
        <translation>jeden %n. Tag</translation>
    </message>
    <message>
        <source>every %n days</source>
        <translation>alle %n Tage</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Kith cannot open its database</source>
        <translation>Kith kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Today's backup was not made</source>
        <translation>Die heutige Sicherung wurde nicht erstellt</translation>
    </message>
</context>
<context>
    <name>AvatarButton</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Change the photo…</source>
        <translation>Foto ändern…</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Photo of this person; click to change it</source>
        <translation>Foto dieser Person; zum Ändern klicken</translation>
    </message>
    <message>
        <source>No photo, initials shown; click to choose a photo</source>
        <translation>Kein Foto, Initialen werden angezeigt; klicken, um ein Foto auszuwählen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Show Today</source>
        <translation>„Heute“ anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Keep in touch with {name}</source>
        <translation>In Kontakt bleiben mit {name}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Born {date}.</source>
        <translation>Geboren am {date}.</translation>
    </message>
    <message>
        <source>Birthday: {name}</source>
        <translation>Geburtstag: {name}</translation>
    </message>
    <message>
        <source>Due since {day} (%n day overdue).</source>
        <translation>Fällig seit {day} (%n Tag überfällig).</translation>
    </message>
    <message>
        <source>Due since {day} (%n days overdue).</source>
        <translation>Fällig seit {day} (%n Tage überfällig).</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Other work is still under way; try again when it has finished.</source>
        <translation>Andere Arbeit läuft noch; versuch es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>could not write {file} ({reason}); choose another folder.</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}); wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Calendar export cancelled; no file was written.</source>
        <translation>Kalenderexport abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Kalender wird exportiert…</translation>
    </message>
    <message>
        <source>Calendar export failed</source>
        <translation>Kalenderexport fehlgeschlagen</translation>
    </message>
    <message>
        <source>No calendar was written: {reason}</source>
        <translation>Es wurde kein Kalender geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Exported %Ln calendar event to {file}.</source>
        <translation>%Ln Kalendereintrag nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Exported %Ln calendar events to {file}.</source>
        <translation>%Ln Kalendereinträge nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>CalendarPush</name>
    <message>
        <source>The push was cancelled; what was sent is kept, the next push sends the rest.</source>
        <extracomment>Per-event failures: reported, the rest of the push goes on. Anything else (the server unreachable, the login refused) stops the push.</extracomment>
        <translation>Das Senden wurde abgebrochen; was gesendet wurde, bleibt, das nächste Senden schickt den Rest.</translation>
    </message>
    <message>
        <source>An event Kith no longer has</source>
        <translation>Ein Termin, den Kith nicht mehr hat</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Meeting / coffee</source>
        <translation>Treffen / Kaffee</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Letter / gift</source>
        <translation>Brief / Geschenk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; &amp;offers</source>
        <translation>Bedarf &amp;&amp; &amp;Angebote</translation>
    </message>
    <message>
        <source>People they &amp;know</source>
        <translation>&amp;Bekannte</translation>
    </message>
    <message>
        <source>About this person</source>
        <translation>Über diese Person</translation>
    </message>
    <message>
        <source>Next follow-up today: {reason}</source>
        <translation>Nächstes Nachfassen heute: {reason}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {reason}</source>
        <translation>Nachfassen überfällig seit {date}: {reason}</translation>
    </message>
    <message>
        <source>Next follow-up {when} ({date}): {reason}</source>
        <translation>Nächstes Nachfassen {when} ({date}): {reason}</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Shown as (leave empty to use the name)</source>
        <translation>Angezeigt als (leer lassen, um den Namen zu verwenden)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>JJJJ-MM-TT oder --MM-TT ohne Jahr</translation>
    </message>
    <message>
        <source>Where and how you met</source>
        <translation>Wo und wie ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>durch, Kommas, getrennt</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>As the circle says</source>
        <translation>Wie im Kreis festgelegt</translation>
    </message>
    <message>
        <source>Every…</source>
        <translation>Alle…</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Nie erinnern</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto auswählen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>V&amp;orname</translation>
    </message>
    <message>
        <source>Last na&amp;me</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>&amp;Geburtstag</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Days between follow-ups</source>
        <translation>Tage bis zum nächsten Nachfassen</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete this contact (Delete; undo with Ctrl+Z)</source>
        <translation>Diesen Kontakt löschen (Entf; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>no reminders (no circle)</source>
        <translation>keine Erinnerungen (kein Kreis)</translation>
    </message>
    <message>
        <source>no reminders (the circle sets none)</source>
        <translation>keine Erinnerungen (der Kreis legt keine fest)</translation>
    </message>
    <message>
        <source>Not a date Kith understands: write 1987-04-15, or --04-15 without the year. The text is kept as you typed it.</source>
        <translation>Kein Datum, das Kith versteht: Schreib 1987-04-15 oder --04-15 ohne Jahr. Der Text bleibt so, wie du ihn eingegeben hast.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto nicht übernommen</translation>
    </message>
    <message>
        <source>That file is not an image Kith can read, or is over 5 MB. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>Diese Datei ist kein Bild, das Kith lesen kann, oder sie ist größer als 5 MB. Wähle ein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>{name} (every %n day)</source>
        <translation>{name} (%n Tag Abstand)</translation>
    </message>
    <message>
        <source>{name} (every %n days)</source>
        <translation>{name} (%n Tage Abstand)</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Nachfassen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>No one here yet</source>
        <translation>Noch niemand hier</translation>
    </message>
    <message>
        <source>Import the cards from your last event (Ctrl+I), drop .vcf files or a folder on this window, or add someone by hand (Ctrl+N).</source>
        <translation>Importiere die Karten deiner letzten Veranstaltung (Strg+I), zieh .vcf-Dateien oder einen Ordner in dieses Fenster oder füge jemanden von Hand hinzu (Strg+N).</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Import cards…</source>
        <translation>Karten importieren…</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>Search people, organisations, e-mail, phone, tags, notes…</source>
        <translation>Personen, Organisationen, E-Mail, Telefon, Schlagwörter, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select someone to see their details, or press Ctrl+N.</source>
        <translation>Wähle jemanden aus, um die Details zu sehen, oder drücke Strg+N.</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <source>Give this contact a name, an organisation, an e-mail or a phone number, then save.</source>
        <translation>Gib diesem Kontakt einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer und speichere dann.</translation>
    </message>
    <message>
        <source>No one matches “{query}”.</source>
        <translation>Niemand passt zu „{query}“.</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>Kith does not know the columns of {file}. Choose what each column holds; columns left at “Not imported” are ignored. Columns whose name and values agree are filled in: check them.</source>
        <translation>Kith kennt die Spalten von {file} nicht. Wähle, was jede Spalte enthält; Spalten auf „Nicht importiert“ werden übergangen. Spalten, deren Name und Werte übereinstimmen, sind vorausgefüllt: Prüfe sie.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Kith field</source>
        <translation>Feld in Kith</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Kith field for the column {column}</source>
        <translation>Feld in Kith für die Spalte {column}</translation>
    </message>
    <message>
        <source>{field} (suggested: the column's name and values say so; check it)</source>
        <translation>{field} (vorgeschlagen: Name und Werte der Spalte sprechen dafür; prüfe es)</translation>
    </message>
    <message>
        <source>&amp;Read the rows</source>
        <translation>Zeilen &amp;lesen</translation>
    </message>
    <message>
        <source>Read the rows with these fields</source>
        <translation>Die Zeilen mit diesen Feldern lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose at least one column with a name, e-mail, phone or organisation.</source>
        <translation>Wähle mindestens eine Spalte mit Name, E-Mail, Telefon oder Organisation.</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>An idea</source>
        <translation>Eine Idee</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Geburtstage</translation>
    </message>
    <message>
        <source>Next seven days</source>
        <translation>Nächste sieben Tage</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <source>in %Ln day</source>
        <translation>in %Ln Tag</translation>
    </message>
    <message>
        <source>in %Ln days</source>
        <translation>in %Ln Tagen</translation>
    </message>
    <message>
        <source>%Ln day overdue</source>
        <translation>%Ln Tag überfällig</translation>
    </message>
    <message>
        <source>%Ln days overdue</source>
        <translation>%Ln Tage überfällig</translation>
    </message>
    <message>
        <source>… and %Ln more (the most urgent are shown first)</source>
        <translation>… und %Ln weitere (die dringendsten werden zuerst angezeigt)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie ihr euch kennengelernt habt</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Einträge im Verlauf</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Nachfassaktionen</translation>
    </message>
    <message>
        <source>Needs and offers</source>
        <translation>Bedarf und Angebote</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Doppelte finden</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Fortschritt der Suche</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <source>Person to keep</source>
        <translation>Zu behaltende Person</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>The people side by side</source>
        <translation>Die Personen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for people who may be the same person…</source>
        <translation>Suche nach Personen, die dieselbe Person sein könnten…</translation>
    </message>
    <message>
        <source>The search failed: {why}</source>
        <translation>Die Suche ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>The search was cancelled; nothing was changed.</source>
        <translation>Die Suche wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No more likely duplicates. People &gt; Find duplicates looks again whenever you like.</source>
        <translation>Keine wahrscheinlichen Doppelten mehr. Personen &gt; Doppelte finden sucht erneut, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>Group {n} of {total}</source>
        <translation>Gruppe {n} von {total}</translation>
    </message>
    <message>
        <source>{reason} (score {score}%)</source>
        <translation>{reason} (Wertung {score} %)</translation>
    </message>
    <message>
        <source>the others match this person</source>
        <translation>die anderen passen zu dieser Person</translation>
    </message>
    <message>
        <source>Skipped the group: only one person was left in it.</source>
        <translation>Gruppe übersprungen: Es war nur noch eine Person darin.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>{name} (left out)</source>
        <translation>{name} (ausgelassen)</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>{name} auslassen</translation>
    </message>
    <message>
        <source>Merge the others without this person</source>
        <translation>Die anderen ohne diese Person zusammenführen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{name} (kept)</source>
        <translation>{name} (bleibt)</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Nach dem Zusammenführen</translation>
    </message>
    <message>
        <source>Keep which {field}</source>
        <translation>Welches {field} behalten</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>alle bleiben</translation>
    </message>
    <message>
        <source>all move to the kept person</source>
        <translation>alle gehen an die verbleibende Person</translation>
    </message>
    <message>
        <source>Remembered: they are not the same person; Ctrl+Z takes it back.</source>
        <translation>Gemerkt: Es ist nicht dieselbe Person; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>%Ln more in the row Shares</source>
        <translation>%Ln weitere in der Zeile „Gemeinsam“</translation>
    </message>
    <message>
        <source>Remembered: {names} is not the same person as the others; Ctrl+Z takes it back.</source>
        <translation>Gemerkt: {names} ist nicht dieselbe Person wie die anderen; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Remembered: {names} are not the same person as the others; Ctrl+Z takes it back.</source>
        <translation>Gemerkt: {names} sind nicht dieselben Personen wie die anderen; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Merged %Ln person into {name}; Ctrl+Z takes it back.</source>
        <translation>%Ln Person mit {name} zusammengeführt; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>Merged %Ln people into {name}; Ctrl+Z takes it back.</source>
        <translation>%Ln Personen mit {name} zusammengeführt; Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>… and %Ln more</source>
        <translation>… und %Ln weitere</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>gleiche E-Mail {value}</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>gleiche Telefonnummer {value}</translation>
    </message>
    <message>
        <source>same name {name}</source>
        <translation>gleicher Name {name}</translation>
    </message>
    <message>
        <source>same name {name} at {place}</source>
        <translation>gleicher Name {name} bei {place}</translation>
    </message>
    <message>
        <source>same name {name} in {place}</source>
        <translation>gleicher Name {name} in {place}</translation>
    </message>
    <message>
        <source>similar names: {name} and {other}</source>
        <translation>ähnliche Namen: {name} und {other}</translation>
    </message>
    <message>
        <source>similar names: {name} and {other} at {place}</source>
        <translation>ähnliche Namen: {name} und {other} bei {place}</translation>
    </message>
    <message>
        <source>similar names: {name} and {other} in {place}</source>
        <translation>ähnliche Namen: {name} und {other} in {place}</translation>
    </message>
    <message>
        <source>nickname: {name} and {other} {family}</source>
        <translation>Spitzname: {name} und {other} {family}</translation>
    </message>
    <message>
        <source>nickname: {name} and {other} {family} at {place}</source>
        <translation>Spitzname: {name} und {other} {family} bei {place}</translation>
    </message>
    <message>
        <source>nickname: {name} and {other} {family} in {place}</source>
        <translation>Spitzname: {name} und {other} {family} in {place}</translation>
    </message>
    <message>
        <source>{one} and {other}: {reason}</source>
        <translation>{one} und {other}: {reason}</translation>
    </message>
</context>
<context>
    <name>EventPeople</name>
    <message>
        <source>People not contacted yet</source>
        <translation>Noch nicht kontaktierte Personen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open a person to log how you followed up, or mark their follow-up done on Today.</source>
        <translation>Öffne eine Person, um zu erfassen, wie du nachgefasst hast, oder markiere das Nachfassen unter „Heute“ als erledigt.</translation>
    </message>
    <message>
        <source>Not contacted yet: {event}</source>
        <translation>Noch nicht kontaktiert: {event}</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Event / person</source>
        <translation>Veranstaltung / Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No events yet. Import the cards from an event (Ctrl+I) and name it: everyone you met there is listed here.</source>
        <translation>Noch keine Veranstaltungen. Importiere die Karten einer Veranstaltung (Strg+I) und gib ihr einen Namen: Alle, die du dort getroffen hast, werden hier aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>An unexpected error stopped the change ({detail}); it may not have been made. Check what you see, and try again.</source>
        <translation>Ein unerwarteter Fehler hat die Änderung abgebrochen ({detail}); sie wurde möglicherweise nicht ausgeführt. Prüfe, was angezeigt wird, und versuche es erneut.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the change; it may not have been made. Check what you see, and try again.</source>
        <translation>Ein unerwarteter Fehler hat die Änderung abgebrochen; sie wurde möglicherweise nicht ausgeführt. Prüfe, was angezeigt wird, und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>The disk holding {folder} is full, so Kith could not write there; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll, daher konnte Kith dort nicht schreiben; es wurde nichts geändert. Gib etwas Speicherplatz frei und versuche es erneut.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so Kith could not write there. Free some space and try again.</source>
        <translation>Der Datenträger mit {folder} ist voll, daher konnte Kith dort nicht schreiben. Gib etwas Speicherplatz frei und versuche es erneut.</translation>
    </message>
    <message>
        <source>{folder} is read-only, and Kith needs to write there to use its database; nothing was changed. Make it writable, or choose another folder with --data-dir.</source>
        <translation>{folder} ist schreibgeschützt, Kith muss dort aber schreiben können, um seine Datenbank zu verwenden; es wurde nichts geändert. Mach den Ordner beschreibbar oder wähle mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The database is busy: another Kith process is using it; nothing was changed. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderer Kith-Prozess verwendet sie; es wurde nichts geändert. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source> (Kith's daily backups are in {folder})</source>
        <translation> (die täglichen Sicherungen von Kith liegen in {folder})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Restore a backup with 'kith restore FILE'{backups}; 'kith export' may still save what is readable.</source>
        <translation>{path} ist beschädigt ({problem}). Stelle mit „kith restore DATEI“ eine Sicherung wieder her{backups}; mit „kith export“ lässt sich eventuell noch retten, was lesbar ist.</translation>
    </message>
    <message>
        <source>The database file was replaced or moved while Kith was using it (a restore?); nothing was changed. Run the command again.</source>
        <translation>Die Datenbankdatei wurde ersetzt oder verschoben, während Kith sie verwendet hat (eine Wiederherstellung?); es wurde nichts geändert. Führe den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>it is not a SQLite database file</source>
        <translation>keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>Die Datenbank</translation>
    </message>
    <message>
        <source>SQLite reported '{error}', yet {path} passes its integrity check; nothing was changed. Try again.</source>
        <translation>SQLite meldet „{error}“, doch {path} besteht die Integritätsprüfung; es wurde nichts geändert. Versuche es erneut.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>Kith could not read or write {path} ({error}); nothing was changed. Check the disk and the folder's permissions, then try again.</source>
        <translation>Kith konnte {path} nicht lesen oder schreiben ({error}); es wurde nichts geändert. Prüfe den Datenträger und die Zugriffsrechte des Ordners und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>{folder} is read-only, so Kith could not write there. Make it writable, or choose another folder.</source>
        <translation>{folder} ist schreibgeschützt, daher konnte Kith dort nicht schreiben. Mach den Ordner beschreibbar oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Kith may not use {path} (permission denied). Check its permissions, or choose another folder.</source>
        <translation>Kith darf {path} nicht verwenden (Zugriff verweigert). Prüfe die Zugriffsrechte oder wähle einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Snooze to a day after today.</source>
        <translation>Wähle zum Zurückstellen einen Tag nach heute.</translation>
    </message>
    <message>
        <source>Say why: a follow-up needs a reason.</source>
        <translation>Gib an, warum: Zum Nachfassen gehört ein Grund.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>in %n day</source>
        <translation>in %n Tag</translation>
    </message>
    <message>
        <source>in %n days</source>
        <translation>in %n Tagen</translation>
    </message>
    <message>
        <source>%n day ago</source>
        <translation>vor %n Tag</translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation>vor %n Tagen</translation>
    </message>
    <message>
        <source>in %n week</source>
        <translation>in %n Woche</translation>
    </message>
    <message>
        <source>in %n weeks</source>
        <translation>in %n Wochen</translation>
    </message>
    <message>
        <source>%n week ago</source>
        <translation>vor %n Woche</translation>
    </message>
    <message>
        <source>%n weeks ago</source>
        <translation>vor %n Wochen</translation>
    </message>
    <message>
        <source>in %n month</source>
        <translation>in %n Monat</translation>
    </message>
    <message>
        <source>in %n months</source>
        <translation>in %n Monaten</translation>
    </message>
    <message>
        <source>%n month ago</source>
        <translation>vor %n Monat</translation>
    </message>
    <message>
        <source>%n months ago</source>
        <translation>vor %n Monaten</translation>
    </message>
    <message>
        <source>in %n year</source>
        <translation>in %n Jahr</translation>
    </message>
    <message>
        <source>in %n years</source>
        <translation>in %n Jahren</translation>
    </message>
    <message>
        <source>%n year ago</source>
        <translation>vor %n Jahr</translation>
    </message>
    <message>
        <source>%n years ago</source>
        <translation>vor %n Jahren</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>You met {people} at {event} on {date}; {pending}.</source>
        <translation>Du hast am {date} bei {event} {people} kennengelernt; {pending}.</translation>
    </message>
    <message>
        <source>meeting in person</source>
        <translation>einem persönlichen Treffen</translation>
    </message>
    <message>
        <source>an e-mail</source>
        <translation>einer E-Mail</translation>
    </message>
    <message>
        <source>a quick message</source>
        <translation>einer kurzen Nachricht</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>einem Anruf</translation>
    </message>
    <message>
        <source>Vary the channel with {name}: {last}; try {suggestion}.</source>
        <translation>Wechsle bei {name} mal den Kanal: {last}; versuch es mit {suggestion}.</translation>
    </message>
    <message>
        <source>Check in with {name}, no agenda: {days} since you last talked and {what}. Ask how {first} is doing.</source>
        <translation>Melde dich ohne besonderen Anlass bei {name}: Ihr habt {days} lang nicht gesprochen, und {what}. Frag, wie es {first} geht.</translation>
    </message>
    <message>
        <source>How are you doing?</source>
        <translation>Wie geht es dir?</translation>
    </message>
    <message>
        <source>Hi {first},

it's been a while! How are you doing? No agenda, I was just thinking of you and wanted to hear how things are going.
</source>
        <translation>Hallo {first},

wir haben lange nichts voneinander gehört! Wie geht es dir? Kein besonderer Anlass, ich habe einfach an dich gedacht und wollte hören, wie es bei dir so läuft.
</translation>
    </message>
    <message>
        <source>{first} needs {need}: can you help?</source>
        <translation>{first} braucht {need}: Kannst du helfen?</translation>
    </message>
    <message>
        <source>Ask what {first} needs right now.</source>
        <translation>Frag, was {first} gerade braucht.</translation>
    </message>
    <message>
        <source>Give before you ask: you asked {name} for help {asked} and gave {gave}. {then}</source>
        <translation>Erst geben, dann bitten: Du hast {name} {asked} um Hilfe gebeten und {gave} geholfen. {then}</translation>
    </message>
    <message>
        <source>Anything I can help with?</source>
        <translation>Kann ich dir irgendwie helfen?</translation>
    </message>
    <message>
        <source>Hi {first},

you mentioned {need}. Could I help with that?
</source>
        <translation>Hallo {first},

du hattest erwähnt: {need}. Kann ich dir dabei helfen?
</translation>
    </message>
    <message>
        <source>Hi {first},

is there anything I can help you with at the moment?
</source>
        <translation>Hallo {first},

gibt es gerade etwas, wobei ich dir helfen kann?
</translation>
    </message>
    <message>
        <source>News from {name} ({when}): {what}. Congratulate {first} or ask how it's going?</source>
        <translation>Neues von {name} ({when}): {what}. {first} gratulieren oder fragen, wie es läuft?</translation>
    </message>
    <message>
        <source>Congratulations!</source>
        <translation>Herzlichen Glückwunsch!</translation>
    </message>
    <message>
        <source>Hi {first},

I saw the news: congratulations! How is it going?
</source>
        <translation>Hallo {first},

ich habe die Neuigkeiten gesehen: herzlichen Glückwunsch! Wie läuft es?
</translation>
    </message>
    <message>
        <source>{name}'s birthday is {when} ({date}).</source>
        <translation>{name} hat {when} Geburtstag ({date}).</translation>
    </message>
    <message>
        <source>{name}'s birthday is {when} ({date}, turning {age}).</source>
        <translation>{name} hat {when} Geburtstag ({date}, wird {age}).</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>Alles Gute zum Geburtstag!</translation>
    </message>
    <message>
        <source>Happy birthday, {first}! I hope you have a great day.
</source>
        <translation>Alles Gute zum Geburtstag, {first}! Ich wünsche dir einen wunderschönen Tag.
</translation>
    </message>
    <message>
        <source>{name}'s {need} ends {when} ({date}): help before then?</source>
        <translation>{name}: {need} endet {when} ({date}). Vorher noch helfen?</translation>
    </message>
    <message>
        <source>Can I help?</source>
        <translation>Kann ich helfen?</translation>
    </message>
    <message>
        <source>Hi {first},

you mentioned {need}. Is there anything I can do to help before then?
</source>
        <translation>Hallo {first},

du hattest erwähnt: {need}. Kann ich dir bis dahin noch irgendwie helfen?
</translation>
    </message>
    <message>
        <source>Introduce {a} to {b}: {first_a} needs {need}, {first_b} offers {offer}.</source>
        <translation>Stell {a} und {b} einander vor: {first_a} braucht {need}, {first_b} bietet {offer} an.</translation>
    </message>
    <message>
        <source>Introduce {a} to {b}: {first_a} needs {need}, {first_b} offers {offer}, and the other way round too.</source>
        <translation>Stell {a} und {b} einander vor: {first_a} braucht {need}, {first_b} bietet {offer} an, und umgekehrt genauso.</translation>
    </message>
    <message>
        <source>Help {name}: {first} needs {need} and you offer {offer}.</source>
        <translation>Hilf {name}: {first} braucht {need}, und du bietest {offer} an.</translation>
    </message>
    <message>
        <source>I can help with that</source>
        <translation>Dabei kann ich helfen</translation>
    </message>
    <message>
        <source>Hi {first},

you mentioned {need}. I can help: {offer}. Shall we talk?
</source>
        <translation>Hallo {first},

du hattest erwähnt: {need}. Da kann ich helfen: {offer}. Wollen wir mal sprechen?
</translation>
    </message>
    <message>
        <source>{first_a} needs {need}; {first_b} offers {offer}</source>
        <translation>{first_a} braucht {need}; {first_b} bietet {offer} an</translation>
    </message>
    <message>
        <source>%Ln time</source>
        <translation>%Ln-mal</translation>
    </message>
    <message>
        <source>%Ln times</source>
        <translation>%Ln-mal</translation>
    </message>
    <message>
        <source>%Ln day ago</source>
        <translation>vor %Ln Tag</translation>
    </message>
    <message>
        <source>%Ln days ago</source>
        <translation>vor %Ln Tagen</translation>
    </message>
    <message>
        <source>in %Ln day</source>
        <translation>in %Ln Tag</translation>
    </message>
    <message>
        <source>in %Ln days</source>
        <translation>in %Ln Tagen</translation>
    </message>
    <message>
        <source>%Ln person</source>
        <translation>%Ln Person</translation>
    </message>
    <message>
        <source>%Ln people</source>
        <translation>%Ln Personen</translation>
    </message>
    <message>
        <source>%Ln not contacted yet</source>
        <translation>%Ln noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>the last %Ln used one channel</source>
        <translation>zuletzt %Ln Kontakt über einen einzigen Kanal</translation>
    </message>
    <message>
        <source>the last %Ln used the same channel</source>
        <translation>die letzten %Ln Kontakte liefen alle über denselben Kanal</translation>
    </message>
    <message>
        <source>the last %Ln was an e-mail</source>
        <translation>zuletzt %Ln Kontakt per E-Mail</translation>
    </message>
    <message>
        <source>the last %Ln were e-mails</source>
        <translation>die letzten %Ln Kontakte waren E-Mails</translation>
    </message>
    <message>
        <source>the last %Ln was a call</source>
        <translation>zuletzt %Ln Kontakt per Anruf</translation>
    </message>
    <message>
        <source>the last %Ln were calls</source>
        <translation>die letzten %Ln Kontakte waren Anrufe</translation>
    </message>
    <message>
        <source>the last %Ln was a video call</source>
        <translation>zuletzt %Ln Kontakt per Videoanruf</translation>
    </message>
    <message>
        <source>the last %Ln were video calls</source>
        <translation>die letzten %Ln Kontakte waren Videoanrufe</translation>
    </message>
    <message>
        <source>the last %Ln was a meeting</source>
        <translation>zuletzt %Ln Kontakt bei einem Treffen</translation>
    </message>
    <message>
        <source>the last %Ln were meetings</source>
        <translation>die letzten %Ln Kontakte waren Treffen</translation>
    </message>
    <message>
        <source>the last %Ln was a message</source>
        <translation>zuletzt %Ln Kontakt per Nachricht</translation>
    </message>
    <message>
        <source>the last %Ln were messages</source>
        <translation>die letzten %Ln Kontakte waren Nachrichten</translation>
    </message>
    <message>
        <source>the last %Ln was a social media message</source>
        <translation>zuletzt %Ln Kontakt per Social-Media-Nachricht</translation>
    </message>
    <message>
        <source>the last %Ln were social media messages</source>
        <translation>die letzten %Ln Kontakte waren Social-Media-Nachrichten</translation>
    </message>
    <message>
        <source>the last %Ln was an event</source>
        <translation>zuletzt %Ln Kontakt auf einer Veranstaltung</translation>
    </message>
    <message>
        <source>the last %Ln were events</source>
        <translation>die letzten %Ln Kontakte waren Veranstaltungen</translation>
    </message>
    <message>
        <source>the last %Ln was a letter</source>
        <translation>zuletzt %Ln Kontakt per Brief</translation>
    </message>
    <message>
        <source>the last %Ln were letters</source>
        <translation>die letzten %Ln Kontakte waren Briefe</translation>
    </message>
    <message>
        <source>the last one was an ask</source>
        <translation>beim letzten Mal ging es um eine Bitte</translation>
    </message>
    <message>
        <source>the last %Ln were asks</source>
        <translation>bei den letzten %Ln Malen ging es um Bitten</translation>
    </message>
    <message>
        <source>the last one was business</source>
        <translation>beim letzten Mal ging es ums Geschäftliche</translation>
    </message>
    <message>
        <source>the last %Ln were business</source>
        <translation>bei den letzten %Ln Malen ging es ums Geschäftliche</translation>
    </message>
    <message>
        <source>the last one was an ask or business</source>
        <translation>beim letzten Mal ging es um eine Bitte oder Geschäftliches</translation>
    </message>
    <message>
        <source>the last %Ln were asks or business</source>
        <translation>bei den letzten %Ln Malen ging es um Bitten oder Geschäftliches</translation>
    </message>
    <message>
        <source>%Ln day</source>
        <translation>%Ln Tag</translation>
    </message>
    <message>
        <source>%Ln days</source>
        <translation>%Ln Tage</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <source>Thank {name} for introducing you to {people}: it went well (since {date}). Tell {first} how it is going.</source>
        <translation>Bedank dich bei {name}, dass du {people} kennengelernt hast: Es hat sich gelohnt (seit {date}). Erzähl {first}, wie es läuft.</translation>
    </message>
    <message>
        <source>Thank you for the introduction</source>
        <translation>Danke für die Vorstellung</translation>
    </message>
    <message>
        <source>Hi {first},

thank you again for introducing me to {people}: it has been really worthwhile.
</source>
        <translation>Hallo {first},

nochmals danke, dass du mich mit {people} bekannt gemacht hast: Es hat sich wirklich gelohnt.
</translation>
    </message>
    <message>
        <source>You need {need}: {a} knows {b}, who offers {offer} ({first_b}: {how}). Ask {first_a} to introduce you.</source>
        <translation>Du brauchst {need}: {a} kennt {b}, mit dem Angebot {offer} ({first_b}: {how}). Bitte {first_a}, euch bekannt zu machen.</translation>
    </message>
    <message>
        <source>Could you introduce me to {b}?</source>
        <translation>Könntest du mich {b} vorstellen?</translation>
    </message>
    <message>
        <source>Hi {first},

I am looking for {need}, and {b} offers {offer}. Would you introduce us?
</source>
        <translation>Hallo {first},

ich suche {need}, und {b} bietet {offer} an. Würdest du uns miteinander bekannt machen?
</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <source>Introduce</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Helfen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Sich melden</translation>
    </message>
    <message>
        <source>Vary the channel</source>
        <translation>Kanal wechseln</translation>
    </message>
    <message>
        <source>Give first</source>
        <translation>Erst geben</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Nach der Veranstaltung</translation>
    </message>
    <message>
        <source>Say thanks</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <source>Ask for an introduction</source>
        <translation>Um eine Vorstellung bitten</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What you could do</source>
        <translation>Was du tun könntest</translation>
    </message>
    <message>
        <source>Show the &amp;people…</source>
        <translation>Personen an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Show the people</source>
        <translation>Personen anzeigen</translation>
    </message>
    <message>
        <source>Make &amp;introduction…</source>
        <translation>Vor&amp;stellen…</translation>
    </message>
    <message>
        <source>Make introduction</source>
        <translation>Vorstellen</translation>
    </message>
    <message>
        <source>Draft &amp;e-mail</source>
        <translation>E-&amp;Mail entwerfen</translation>
    </message>
    <message>
        <source>Draft e-mail</source>
        <translation>E-Mail entwerfen</translation>
    </message>
    <message>
        <source>&amp;Log it…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>S&amp;nooze a week</source>
        <translation>Eine &amp;Woche zurückstellen</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>No ideas right now. Add needs and offers to people (and to yourself, Edit &gt; My needs and offers) and Kith will match them.</source>
        <translation>Gerade keine Ideen. Trag bei Personen ein, was sie brauchen und anbieten (und bei dir selbst unter Personen &gt; Was ich brauche und anbiete), dann bringt Kith Passendes zusammen.</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Kurz nachgefragt</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Nicht zurückgestellt</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Nicht verworfen</translation>
    </message>
    <message>
        <source>The idea worth acting on this week. Ideas about people due today are shown beside them on Today.</source>
        <translation>Die Idee, die sich diese Woche lohnt. Ideen zu Personen, die heute fällig sind, stehen unter „Heute“ direkt neben ihnen.</translation>
    </message>
    <message>
        <source>The %Ln ideas worth acting on this week, best first. Ideas about people due today are shown beside them on Today.</source>
        <translation>Die %Ln Ideen, die sich diese Woche lohnen, die besten zuerst. Ideen zu Personen, die heute fällig sind, stehen unter „Heute“ direkt neben ihnen.</translation>
    </message>
</context>
<context>
    <name>ImportChanges</name>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Namenspräfix</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>adds the card's identifier</source>
        <translation>ergänzt die Kennung der Karte</translation>
    </message>
    <message>
        <source>adds a note</source>
        <translation>ergänzt eine Notiz</translation>
    </message>
    <message>
        <source>adds a photo</source>
        <translation>ergänzt ein Foto</translation>
    </message>
    <message>
        <source>adds tag {tag}</source>
        <translation>ergänzt Schlagwort {tag}</translation>
    </message>
    <message>
        <source>adds {field} {value}</source>
        <translation>ergänzt {field} {value}</translation>
    </message>
    <message>
        <source>{field} on the card: {new} (Kith keeps {old})</source>
        <translation>{field} auf der Karte: {new} (Kith behält {old})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, Zeile {line}</translation>
    </message>
    <message>
        <source>{where} ({card})</source>
        <translation>{where} ({card})</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>A new event…</source>
        <translation>Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Keine Veranstaltung</translation>
    </message>
    <message>
        <source>e.g. Gallatin Mixer</source>
        <translation>z. B. Gründerstammtisch Leipzig</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Ort (optional)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <source>Event place</source>
        <translation>Ort der Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Where you met them</source>
        <translation>Wo du die Leute getroffen hast</translation>
    </message>
    <message>
        <source>Cards to import</source>
        <translation>Zu importierende Karten</translation>
    </message>
    <message>
        <source>Add the .vcf files (or a folder) from your event.</source>
        <translation>Füge die .vcf-Dateien (oder einen Ordner) von deiner Veranstaltung hinzu.</translation>
    </message>
    <message>
        <source>Problems found in the files appear here.</source>
        <translation>Probleme in den Dateien werden hier angezeigt.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Dateien zum Importieren wählen</translation>
    </message>
    <message>
        <source>Choose a folder to import</source>
        <translation>Ordner zum Importieren wählen</translation>
    </message>
    <message>
        <source>vCards, CSV exports, pictures of QR codes (*.vcf *.vcard *.csv *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>vCards, CSV-Exporte, Bilder von QR-Codes (*.vcf *.vcard *.csv *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Das Einlesen wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Reading the cards…</source>
        <translation>Karten werden gelesen…</translation>
    </message>
    <message>
        <source>Choose which column holds what.</source>
        <translation>Wähle, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>Nothing was imported: the columns of the file were not chosen. Add it again to choose them.</source>
        <translation>Nichts wurde importiert: Die Spalten der Datei wurden nicht zugeordnet. Füge sie erneut hinzu, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Es wurde nichts importiert. {reason}</translation>
    </message>
    <message>
        <source>Name the event, or choose No event</source>
        <translation>Gib der Veranstaltung einen Namen oder wähle „Keine Veranstaltung“</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>No card could be read from these files; nothing would be imported.</source>
        <translation>Aus diesen Dateien konnte keine Karte gelesen werden; es würde nichts importiert.</translation>
    </message>
    <message>
        <source> %Ln problem is listed below.</source>
        <translation> %Ln Problem ist unten aufgeführt.</translation>
    </message>
    <message>
        <source> %Ln problems are listed below.</source>
        <translation> %Ln Probleme sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>%Ln card: {outcome}.{problems} Choose per person in the Action column, then Import.</source>
        <translation>%Ln Karte: {outcome}.{problems} Wähle in der Spalte „Aktion“ für jede Person, was passieren soll, und klicke dann auf „Importieren“.</translation>
    </message>
    <message>
        <source>%Ln cards: {outcome}.{problems} Choose per person in the Action column, then Import.</source>
        <translation>%Ln Karten: {outcome}.{problems} Wähle in der Spalte „Aktion“ für jede Person, was passieren soll, und klicke dann auf „Importieren“.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Add as new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation>Getrennt halten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Combine with the earlier card</source>
        <translation>Mit der vorherigen Karte zusammenführen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>In Kith</source>
        <translation>In Kith</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>gleiche E-Mail-Adresse {value}</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>gleiche Telefonnummer {value}</translation>
    </message>
    <message>
        <source>same name at {organization}</source>
        <translation>gleicher Name bei {organization}</translation>
    </message>
    <message>
        <source>similar name at {organization}</source>
        <translation>ähnlicher Name bei {organization}</translation>
    </message>
    <message>
        <source>same card identifier</source>
        <translation>gleiche Kartenkennung</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>{name}, {file} line {line}</source>
        <translation>{name}, {file} Zeile {line}</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}, Zeile {line}</translation>
    </message>
    <message>
        <source>Duplicate of {card}</source>
        <translation>Duplikat von {card}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>new person</source>
        <translation>neue Person</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%Ln new</source>
        <translation>%Ln neu</translation>
    </message>
    <message>
        <source>Imported %Ln card: {outcome}. Undo with Ctrl+Z.</source>
        <translation>%Ln Karte importiert: {outcome}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Imported %Ln cards: {outcome}. Undo with Ctrl+Z.</source>
        <translation>%Ln Karten importiert: {outcome}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>%Ln updated</source>
        <translation>%Ln aktualisiert</translation>
    </message>
    <message>
        <source>%Ln unchanged</source>
        <translation>%Ln unverändert</translation>
    </message>
    <message>
        <source>%Ln duplicate within the files</source>
        <translation>%Ln Duplikat in den Dateien</translation>
    </message>
    <message>
        <source>%Ln duplicates within the files</source>
        <translation>%Ln Duplikate in den Dateien</translation>
    </message>
    <message>
        <source>%Ln skipped</source>
        <translation>%Ln übersprungen</translation>
    </message>
    <message>
        <source>%Ln failed</source>
        <translation>%Ln fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>card skipped: it could not be compared with the people in Kith</source>
        <translation>Karte übersprungen: Sie konnte nicht mit den Personen in Kith abgeglichen werden</translation>
    </message>
    <message>
        <source>These files hold more than {most} cards</source>
        <translation>Diese Dateien enthalten mehr als {most} Karten</translation>
    </message>
    <message>
        <source>{held}; Kith imports at most {most} at a time. Nothing was imported: split the files and import them in parts.</source>
        <translation>{held}; Kith importiert höchstens {most} auf einmal. Es wurde nichts importiert: Teile die Dateien auf und importiere sie in mehreren Schritten.</translation>
    </message>
    <message>
        <source>These files hold %Ln card</source>
        <translation>Diese Dateien enthalten %Ln Karte</translation>
    </message>
    <message>
        <source>These files hold %Ln cards</source>
        <translation>Diese Dateien enthalten %Ln Karten</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>To {name}</source>
        <translation>An {name}</translation>
    </message>
    <message>
        <source>their e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>E-mail address of {name}</source>
        <translation>E-Mail-Adresse von {name}</translation>
    </message>
    <message>
        <source>Subject of the e-mail to {name}</source>
        <translation>Betreff der E-Mail an {name}</translation>
    </message>
    <message>
        <source>E-mail to {name}</source>
        <translation>E-Mail an {name}</translation>
    </message>
    <message>
        <source>Open in my e-mail app</source>
        <translation>In meinem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Open the e-mail to {name}</source>
        <translation>E-Mail an {name} öffnen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Introduce {a} and {b}</source>
        <translation>{a} und {b} einander vorstellen</translation>
    </message>
    <message>
        <source>Why you introduce them</source>
        <translation>Warum du sie einander vorstellst</translation>
    </message>
    <message>
        <source>Kith matched them on: {why}</source>
        <translation>Gemeinsamkeit laut Kith: {why}</translation>
    </message>
    <message>
        <source>Ask each of them first (double opt-in). Edit the e-mails, then ask {a} first: Kith opens the e-mail to them, puts each step on both timelines and reminds you to follow up until it is done. People &gt; Introductions takes it from there. Already introduced them? Record the introduction.</source>
        <translation>Frag zuerst beide einzeln, ob sie einverstanden sind (Double-Opt-in). Bearbeite die E-Mails und frag dann zuerst {a}: Kith öffnet die E-Mail, trägt jeden Schritt in beiden Verläufen ein und erinnert dich ans Nachfassen, bis alles erledigt ist. Unter Personen &gt; Vorstellungen geht es dann weiter. Hast du sie schon einander vorgestellt? Dann halte die Vorstellung fest.</translation>
    </message>
    <message>
        <source>Ask {name} first</source>
        <translation>Zuerst {name} fragen</translation>
    </message>
    <message>
        <source>Record introduction</source>
        <translation>Vorstellung festhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Introduction not started</source>
        <translation>Vorstellung nicht begonnen</translation>
    </message>
    <message>
        <source>Introduction not recorded</source>
        <translation>Vorstellung nicht festgehalten</translation>
    </message>
</context>
<context>
    <name>Introductions</name>
    <message>
        <source>That person is no longer in your contacts: they may be in the trash.</source>
        <translation>Diese Person ist nicht mehr in deinen Kontakten: Vielleicht liegt sie im Papierkorb.</translation>
    </message>
    <message>
        <source>Introduce two different people.</source>
        <translation>Stell zwei verschiedene Personen einander vor.</translation>
    </message>
    <message>
        <source>Hi {first},</source>
        <translation>Hallo {first},</translation>
    </message>
    <message>
        <source>I think you two should talk.</source>
        <translation>Ich glaube, ihr zwei solltet euch mal unterhalten.</translation>
    </message>
    <message>
        <source>Would you like me to introduce you? If so, I'll put you and {other} in touch by e-mail. If the timing isn't right, no problem at all.</source>
        <translation>Soll ich euch miteinander bekannt machen? Wenn ja, bringe ich dich per E-Mail mit {other} in Kontakt. Falls es gerade nicht passt, ist das überhaupt kein Problem.</translation>
    </message>
    <message>
        <source>Best,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <source>Would you like an introduction to {name}?</source>
        <translation>Soll ich dich mit {name} bekannt machen?</translation>
    </message>
    <message>
        <source>{title} at {organization}</source>
        <translation>{title} bei {organization}</translation>
    </message>
    <message>
        <source>at {organization}</source>
        <translation>bei {organization}</translation>
    </message>
    <message>
        <source>You asked: “{need}”</source>
        <translation>Du hast gefragt: „{need}“</translation>
    </message>
    <message>
        <source>You mentioned {need}</source>
        <translation>Du hast erwähnt, {need}</translation>
    </message>
    <message>
        <source>you are {need}</source>
        <translation>du bist {need}</translation>
    </message>
    <message>
        <source>you need {need}</source>
        <translation>du brauchst {need}</translation>
    </message>
    <message>
        <source>you want {need}</source>
        <translation>du möchtest {need}</translation>
    </message>
    <message>
        <source>{name} asked: “{need}?”</source>
        <translation>{name} hat gefragt: „{need}?“</translation>
    </message>
    <message>
        <source>{name} is {need}</source>
        <translation>{name} ist {need}</translation>
    </message>
    <message>
        <source>{name} needs {need}</source>
        <translation>{name} braucht {need}</translation>
    </message>
    <message>
        <source>{name} {offer}</source>
        <translation>{name} {offer}</translation>
    </message>
    <message>
        <source>{name} is {offer}</source>
        <translation>{name} ist {offer}</translation>
    </message>
    <message>
        <source>{name} can help with {offer}</source>
        <translation>{name} kann bei {offer} helfen</translation>
    </message>
    <message>
        <source>; {name} is {role}</source>
        <translation>; {name} ist {role}</translation>
    </message>
    <message>
        <source>you {verb} {rest}</source>
        <translation>du {verb} {rest}</translation>
    </message>
    <message>
        <source>you {offer}</source>
        <translation>du {offer}</translation>
    </message>
    <message>
        <source>you are {offer}</source>
        <translation>du bist {offer}</translation>
    </message>
    <message>
        <source>you can help with {offer}</source>
        <translation>du kannst bei {offer} helfen</translation>
    </message>
    <message>
        <source>GRAMMAR:en</source>
        <translation>GRAMMAR:quote</translation>
    </message>
    <message>
        <source>You mentioned: “{need}”. {name} offers: “{offer}”.</source>
        <translation>Du hattest erwähnt: „{need}“. {name} bietet an: „{offer}“.</translation>
    </message>
    <message>
        <source>{name}: {role}.</source>
        <translation>{name}: {role}.</translation>
    </message>
    <message>
        <source>{need}. {offer}.</source>
        <translation>{need}. {offer}.</translation>
    </message>
    <message>
        <source>{name} mentioned: “{need}”. I thought of you, as you offer: “{offer}”.</source>
        <translation>{name} hat erwähnt: „{need}“. Da habe ich an dich gedacht, denn du bietest an: „{offer}“.</translation>
    </message>
    <message>
        <source>{need}, and I thought of you: {offer}.</source>
        <translation>{need}, und da habe ich an dich gedacht: {offer}.</translation>
    </message>
    <message>
        <source>I'd like to introduce you to {name}, {role}.</source>
        <translation>Ich möchte dir gern {name} vorstellen ({role}).</translation>
    </message>
    <message>
        <source>I'd like to introduce you to {name} at {organization}.</source>
        <translation>Ich möchte dir gern {name} von {organization} vorstellen.</translation>
    </message>
    <message>
        <source>I'd like to introduce you to {name}.</source>
        <translation>Ich möchte dir gern {name} vorstellen.</translation>
    </message>
    <message>
        <source>There is no introduction {id}.</source>
        <translation>Es gibt keine Vorstellung {id}.</translation>
    </message>
    <message>
        <source>Introduction to {other}: asked {a} first</source>
        <translation>Vorstellung mit {other}: zuerst {a} gefragt</translation>
    </message>
    <message>
        <source>Introduction to {other}: {a} agreed; asked {b}</source>
        <translation>Vorstellung mit {other}: {a} hat zugestimmt; {b} gefragt</translation>
    </message>
    <message>
        <source>Introduction to {other}: {b} agreed too</source>
        <translation>Vorstellung mit {other}: Auch {b} hat zugestimmt</translation>
    </message>
    <message>
        <source>Introduced to {other}</source>
        <translation>{other} vorgestellt</translation>
    </message>
    <message>
        <source>Introduction to {other}: it helped</source>
        <translation>Vorstellung mit {other}: hat geholfen</translation>
    </message>
    <message>
        <source>Introduction to {other}: not a fit</source>
        <translation>Vorstellung mit {other}: passte nicht</translation>
    </message>
    <message>
        <source>Introduction to {other}: no answer, closed</source>
        <translation>Vorstellung mit {other}: keine Antwort, abgeschlossen</translation>
    </message>
    <message>
        <source>Has {a} answered about an introduction to {b}?</source>
        <translation>Hat {a} auf die Frage geantwortet, ob eine Vorstellung mit {b} passt?</translation>
    </message>
    <message>
        <source>Has {b} answered about an introduction to {a}?</source>
        <translation>Hat {b} auf die Frage geantwortet, ob eine Vorstellung mit {a} passt?</translation>
    </message>
    <message>
        <source>Both agreed: introduce {a} and {b}</source>
        <translation>Beide haben zugestimmt: Stell {a} und {b} einander vor</translation>
    </message>
    <message>
        <source>Ask how the introduction to {name} went</source>
        <translation>Frag nach, wie die Vorstellung mit {name} gelaufen ist</translation>
    </message>
    <message>
        <source>Introduced to {name}</source>
        <translation>{name} vorgestellt</translation>
    </message>
    <message>
        <source>An introduction begins with asked or introduced.</source>
        <translation>Eine Vorstellung beginnt mit „asked“ (gefragt) oder „introduced“ (vorgestellt).</translation>
    </message>
    <message>
        <source>{a} and {b} already have an introduction under way ({state}). Move that one on instead.</source>
        <translation>Für {a} und {b} läuft bereits eine Vorstellung ({state}). Führe stattdessen diese weiter.</translation>
    </message>
    <message>
        <source>Introduction {id} is at {state}: {step} cannot come next. The next step can be: {allowed}.</source>
        <translation>Vorstellung {id} steht bei {state}: {step} kann nicht als Nächstes folgen. Möglich ist als nächster Schritt: {allowed}.</translation>
    </message>
    <message>
        <source>Introduction {id} ended ({state}): {step} cannot come next. Start a new one instead.</source>
        <translation>Vorstellung {id} ist abgeschlossen ({state}): {step} kann nicht mehr folgen. Beginne stattdessen eine neue.</translation>
    </message>
    <message>
        <source>Introduction {id} had its last step on {since}: give that day or a later one.</source>
        <translation>Der letzte Schritt von Vorstellung {id} war am {since}: Gib diesen Tag oder einen späteren an.</translation>
    </message>
</context>
<context>
    <name>IntroductionsView</name>
    <message>
        <source>Asked {a}</source>
        <translation>{a} gefragt</translation>
    </message>
    <message>
        <source>{a} agreed; asked {b}</source>
        <translation>{a} hat zugestimmt; {b} gefragt</translation>
    </message>
    <message>
        <source>Both agreed</source>
        <translation>Beide haben zugestimmt</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Vorgestellt</translation>
    </message>
    <message>
        <source>It helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Passte nicht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>{a} agreed</source>
        <translation>{a} hat zugestimmt</translation>
    </message>
    <message>
        <source>{b} agreed</source>
        <translation>{b} hat zugestimmt</translation>
    </message>
    <message>
        <source>Introduced them</source>
        <translation>Einander vorgestellt</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächstes Nachfassen</translation>
    </message>
    <message>
        <source>No introductions yet. Start one from an idea on the Ideas page: Make introduction, then Ask first.</source>
        <translation>Noch keine Vorstellungen. Beginne eine mit einer Idee auf der Seite „Ideen“: erst „Vorstellen“, dann „Zuerst … fragen“.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>someone in the trash</source>
        <translation>jemand im Papierkorb</translation>
    </message>
    <message>
        <source>E-mail {b} to ask</source>
        <translation>{b} per E-Mail fragen</translation>
    </message>
    <message>
        <source>Step not recorded</source>
        <translation>Schritt nicht festgehalten</translation>
    </message>
    <message>
        <source>Recorded for {a} and {b}: {step}.</source>
        <translation>Für {a} und {b} festgehalten: {step}.</translation>
    </message>
    <message>
        <source>E-mail not opened</source>
        <translation>E-Mail nicht geöffnet</translation>
    </message>
    <message>
        <source>Opened the e-mail to {b}.</source>
        <translation>Die E-Mail an {b} wurde geöffnet.</translation>
    </message>
    <message>
        <source>Could not open an e-mail to {b}: add their address, or ask them another way.</source>
        <translation>Die E-Mail an {b} konnte nicht geöffnet werden: Trag die Adresse ein oder frag auf anderem Weg nach.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Say how they know each other, e.g. works-with.</source>
        <translation>Gib an, woher sie sich kennen, z. B. works-with.</translation>
    </message>
    <message>
        <source>Describe the link in at most {n} characters.</source>
        <translation>Beschreib die Verbindung in höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <source>introduced by {name}</source>
        <translation>vorgestellt von {name}</translation>
    </message>
    <message>
        <source>introduced {name}</source>
        <translation>hat {name} vorgestellt</translation>
    </message>
    <message>
        <source>reports to {name}</source>
        <translation>berichtet an {name}</translation>
    </message>
    <message>
        <source>manages {name}</source>
        <translation>leitet {name}</translation>
    </message>
    <message>
        <source>works with {name}</source>
        <translation>arbeitet mit {name}</translation>
    </message>
    <message>
        <source>partner of {name}</source>
        <translation>Partner/in von {name}</translation>
    </message>
    <message>
        <source>friend of {name}</source>
        <translation>befreundet mit {name}</translation>
    </message>
    <message>
        <source>met {name} through you</source>
        <translation>hat {name} durch dich kennengelernt</translation>
    </message>
    <message>
        <source>{relation}: {name}</source>
        <translation>{relation}: {name}</translation>
    </message>
    <message>
        <source>introduced by</source>
        <translation>vorgestellt von</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>hat vorgestellt</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>leitet</translation>
    </message>
    <message>
        <source>works with</source>
        <translation>arbeitet mit</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>Partner/in von</translation>
    </message>
    <message>
        <source>friend of</source>
        <translation>befreundet mit</translation>
    </message>
    <message>
        <source>met through you</source>
        <translation>durch dich kennengelernt</translation>
    </message>
    <message>
        <source>{name}: {link}</source>
        <translation>{name}: {link}</translation>
    </message>
    <message>
        <source>{change} (was: {before})</source>
        <translation>{change} (vorher: {before})</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves; choose someone else.</source>
        <translation>Eine Person kann nicht mit sich selbst verbunden werden; wähle jemand anderen.</translation>
    </message>
    <message>
        <source>That person is not in your address book (or is in the trash); the link was not made.</source>
        <translation>Diese Person ist nicht in deinem Adressbuch (oder im Papierkorb); die Verbindung wurde nicht hergestellt.</translation>
    </message>
</context>
<context>
    <name>LinksView</name>
    <message>
        <source>introduced by</source>
        <translation>vorgestellt von</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>hat vorgestellt</translation>
    </message>
    <message>
        <source>works with</source>
        <translation>arbeitet mit</translation>
    </message>
    <message>
        <source>reports to</source>
        <translation>berichtet an</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>leitet</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>Partner/in von</translation>
    </message>
    <message>
        <source>friend of</source>
        <translation>befreundet mit</translation>
    </message>
    <message>
        <source>met through you</source>
        <translation>durch dich kennengelernt</translation>
    </message>
    <message>
        <source>People they know</source>
        <translation>Bekannte</translation>
    </message>
    <message>
        <source>How they know each other</source>
        <translation>Woher sie sich kennen</translation>
    </message>
    <message>
        <source>Choose one, or type your own words (e.g. cousin)</source>
        <translation>Wähle eine Beziehung oder schreib eigene Worte (z. B. Cousine)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>No one yet. Add who introduced them, who they work with or report to: Kith then knows whom to thank and whom to ask for an introduction.</source>
        <translation>Noch niemand. Trag ein, wer sie vorgestellt hat, mit wem sie arbeiten oder an wen sie berichten: Dann weiß Kith, wem zu danken ist und wen man um eine Vorstellung bitten kann.</translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation>{name} (Nr. {id})</translation>
    </message>
    <message>
        <source>Type the name of the person they know.</source>
        <translation>Gib den Namen der Person ein, die sie kennen.</translation>
    </message>
    <message>
        <source>No one in your address book is called “{text}”; pick a name from the suggestions.</source>
        <translation>Niemand in deinem Adressbuch heißt „{text}“; wähle einen Namen aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>Several people match “{text}”; pick one from the suggestions.</source>
        <translation>Mehrere Personen passen zu „{text}“; wähle eine aus den Vorschlägen.</translation>
    </message>
    <message>
        <source>Say how they know each other.</source>
        <translation>Gib an, woher sie sich kennen.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Interaktion bearbeiten</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>Ich habe mich gemeldet</translation>
    </message>
    <message>
        <source>They reached out</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>I helped them</source>
        <translation>Ich habe geholfen</translation>
    </message>
    <message>
        <source>I asked for help</source>
        <translation>Ich habe um Hilfe gebeten</translation>
    </message>
    <message>
        <source>What happened? e.g. Called Ana, she's moving to Austin</source>
        <translation>Was ist passiert? z. B. Mit Ana telefoniert, sie zieht nach Hamburg</translation>
    </message>
    <message>
        <source>Optional: something they need (Kith looks for a match)</source>
        <translation>Optional: etwas, das die Person braucht (Kith sucht nach Übereinstimmungen)</translation>
    </message>
    <message>
        <source>Optional: something they offered</source>
        <translation>Optional: etwas, das die Person angeboten hat</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>W&amp;ann</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>Wi&amp;e</translation>
    </message>
    <message>
        <source>Reached &amp;out</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>They n&amp;eed</source>
        <translation>Was sie &amp;brauchen</translation>
    </message>
    <message>
        <source>They o&amp;ffer</source>
        <translation>Was sie anbie&amp;ten</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from the note)</source>
        <translation>Speichern (Eingabe oder Strg+Eingabe in der Notiz)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose who this was with: type part of their name and pick them from the list.</source>
        <translation>Wähle aus, mit wem das war: Gib einen Teil des Namens ein und wähle die Person aus der Liste.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kith — {count} due</source>
        <translation>Kith — {count} fällig</translation>
    </message>
    <message>
        <source>{action}. Undo with Ctrl+Z.</source>
        <translation>{action}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>About Kith</source>
        <translation>Über Kith</translation>
    </message>
    <message>
        <source>Kith {version}
A local-first personal relationship manager.
Your data stays on this computer.</source>
        <translation>Kith {version}
Ein persönlicher Beziehungsmanager, der lokal arbeitet.
Deine Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%Ln contact</source>
        <translation>%Ln Kontakt</translation>
    </message>
    <message>
        <source>%Ln contacts</source>
        <translation>%Ln Kontakte</translation>
    </message>
</context>
<context>
    <name>MeTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>as people know you</source>
        <translation>so, wie andere dich kennen</translation>
    </message>
    <message>
        <source>What your card says you offer</source>
        <translation>Was du laut deiner Karte anbietest</translation>
    </message>
    <message>
        <source>No offers yet. Add what you can help with: your card says it, and another Kith reads it as an offer from you.</source>
        <translation>Noch keine Angebote. Trag ein, wobei du helfen kannst: Deine Karte nennt es, und ein anderes Kith liest es als Angebot von dir.</translation>
    </message>
    <message>
        <source>Put my needs on the card too</source>
        <translation>Auch meinen Bedarf auf die Karte setzen</translation>
    </message>
    <message>
        <source>Change my needs and offers…</source>
        <translation>Ändern, was ich brauche und anbiete…</translation>
    </message>
    <message>
        <source>Change my needs and offers</source>
        <translation>Ändern, was ich brauche und anbiete</translation>
    </message>
    <message>
        <source>Save my card…</source>
        <translation>Meine Karte speichern…</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Meine Karte speichern</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>Hand over a card that already says how you can help: a vCard with your open offers, which other address books keep and another Kith matches.</source>
        <translation>Gib eine Karte weiter, auf der schon steht, wie du helfen kannst: eine vCard mit deinen offenen Angeboten, die andere Adressbücher übernehmen und ein anderes Kith zuordnen kann.</translation>
    </message>
    <message>
        <source>On your card</source>
        <translation>Auf deiner Karte</translation>
    </message>
    <message>
        <source>Offers: {text}</source>
        <translation>Angebot: {text}</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Bedarf: {text}</translation>
    </message>
    <message>
        <source>No card made</source>
        <translation>Keine Karte erstellt</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Karte nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved your card to {file}.</source>
        <translation>Deine Karte wurde unter {file} gespeichert.</translation>
    </message>
    <message>
        <source>No QR code shown</source>
        <translation>Kein QR-Code angezeigt</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;Import cards…</source>
        <translation>Karten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Undo an import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Kontakt s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Interaktion &amp;erfassen…</translation>
    </message>
    <message>
        <source>My &amp;needs and offers…</source>
        <translation>Was ich &amp;brauche und anbiete…</translation>
    </message>
    <message>
        <source>Intro&amp;ductions…</source>
        <translation>V&amp;orstellungen…</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Doppelte finden…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Ideas</source>
        <translation>I&amp;deen</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Verl&amp;auf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kith</source>
        <translation>&amp;Über Kith</translation>
    </message>
</context>
<context>
    <name>MyCard</name>
    <message>
        <source>Keep each detail under {most} characters.</source>
        <translation>Halte jede Angabe unter {most} Zeichen.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address; write it as name@example.com.</source>
        <translation>{email} ist keine E-Mail-Adresse; schreib sie in der Form name@example.com.</translation>
    </message>
    <message>
        <source>Your card has no name yet. Add it in Preferences &gt; Me, or: kith me --name 'Your Name'.</source>
        <translation>Deine Karte hat noch keinen Namen. Trag ihn unter Einstellungen &gt; Ich ein oder: kith me --name 'Dein Name'.</translation>
    </message>
    <message>
        <source>Your card is too long for a QR code ({size} bytes; at most 2,953). Shorten your offers or leave out your needs.</source>
        <translation>Deine Karte ist zu lang für einen QR-Code ({size} Bytes; höchstens 2.953). Kürze deine Angebote oder lass deinen Bedarf weg.</translation>
    </message>
    <message>
        <source>Name the QR code file .png or .svg (not {name}).</source>
        <translation>Gib der QR-Code-Datei die Endung .png oder .svg (nicht {name}).</translation>
    </message>
</context>
<context>
    <name>MyNeedsDialog</name>
    <message>
        <source>My needs and offers</source>
        <translation>Was ich brauche und anbiete</translation>
    </message>
    <message>
        <source>e.g. tax advice, knows the Denver startup scene</source>
        <translation>z. B. Steuerberatung, kennt die Münchner Start-up-Szene</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <source>Needs and offers</source>
        <translation>Bedarf und Angebote</translation>
    </message>
    <message>
        <source>Need or offer</source>
        <translation>Bedarf oder Angebot</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>e.g. looking for an accountant in Nashville</source>
        <translation>z. B. sucht eine Steuerberaterin in Leipzig</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Hat ein Enddatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Mark met</source>
        <translation>Als erfüllt markieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Nothing yet. Add what they are looking for, or what they can offer: Kith looks for matches and proposes introductions.</source>
        <translation>Noch nichts eingetragen. Füge hinzu, was die Person sucht oder anbieten kann: Kith sucht nach Übereinstimmungen und schlägt Vorstellungen vor.</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Braucht: {text}</translation>
    </message>
    <message>
        <source>Offers: {text}</source>
        <translation>Bietet: {text}</translation>
    </message>
    <message>
        <source>{text} (until {date})</source>
        <translation>{text} (bis {date})</translation>
    </message>
    <message>
        <source>{text} (met or expired)</source>
        <translation>{text} (erfüllt oder abgelaufen)</translation>
    </message>
    <message>
        <source>{text} · from their card</source>
        <translation>{text} · von der Visitenkarte</translation>
    </message>
    <message>
        <source>Read from the card they handed over, not typed in Kith.</source>
        <translation>Von der Visitenkarte übernommen, die die Person weitergegeben hat, nicht in Kith eingetippt.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A contact needs a name, an organisation, an e-mail or a phone number.</source>
        <translation>Ein Kontakt braucht einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cancelled; no contact was changed.</source>
        <translation>Abgebrochen; es wurde kein Kontakt geändert.</translation>
    </message>
</context>
<context>
    <name>PeopleDialogs</name>
    <message>
        <source>Need not added</source>
        <translation>Bedarf nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Offer not added</source>
        <translation>Angebot nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note about {name}:</source>
        <translation>Notiz zu {name}:</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Type a name or e-mail; add everyone who was there</source>
        <translation>Namen oder E-Mail eingeben; alle hinzufügen, die dabei waren</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation>Personen bei diesem Kontakt</translation>
    </message>
    <message>
        <source>Delete takes the chosen person out</source>
        <translation>Entf nimmt die gewählte Person heraus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Gewählte Person entfernen</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Preferred: the one to use first</source>
        <translation>Bevorzugt: wird zuerst verwendet</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open with the default application</source>
        <translation>Mit dem Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Add web</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>Add other</source>
        <translation>Sonstiges hinzufügen</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Same as the system</source>
        <extracomment>Languages Kith ships, by code, with their names in their own language.</extracomment>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Closing the window keeps Kith running in the tray</source>
        <translation>Beim Schließen des Fensters läuft Kith im Infobereich weiter</translation>
    </message>
    <message>
        <source>Start Kith when I log in</source>
        <translation>Kith bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Daily reminder at</source>
        <translation>Tägliche Erinnerung um</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sort people by</source>
        <translation>Personen sortieren nach</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>A new language shows the next time Kith starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Kith angezeigt.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language and sorting</source>
        <translation>Sprache und Sortierung</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>Add circle</source>
        <translation>Kreis hinzufügen</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>Neuer Kreis</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <translation>Kreis entfernen</translation>
    </message>
    <message>
        <source>Circles: how often to keep in touch, by default</source>
        <translation>Kreise: wie oft du standardmäßig Kontakt hältst</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Circles not saved</source>
        <translation>Kreise nicht gespeichert</translation>
    </message>
    <message>
        <source>Your details not saved</source>
        <translation>Deine Angaben nicht gespeichert</translation>
    </message>
    <message>
        <source>Preferences not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Your card as a QR code</source>
        <translation>Deine Karte als QR-Code</translation>
    </message>
    <message>
        <source>QR code of your card</source>
        <translation>QR-Code deiner Karte</translation>
    </message>
    <message>
        <source>Point a phone camera at it to add you as a contact. Esc closes.</source>
        <translation>Richte eine Handykamera darauf, um dich als Kontakt hinzuzufügen. Esc schließt das Fenster.</translation>
    </message>
    <message>
        <source>Point a phone camera at the code. Esc closes.</source>
        <translation>Richte eine Handykamera auf den Code. Esc schließt das Fenster.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow up with {name}</source>
        <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
        <source>Follow up with {names} and {last}</source>
        <translation>Bei {names} und {last} nachfassen</translation>
    </message>
    <message>
        <source>%Ln person is due today</source>
        <translation>%Ln Person ist heute fällig</translation>
    </message>
    <message>
        <source>%Ln people are due today</source>
        <translation>%Ln Personen sind heute fällig</translation>
    </message>
    <message>
        <source>Follow up with {names} and %Ln other</source>
        <translation>Bei {names} und %Ln weiteren Person nachfassen</translation>
    </message>
    <message>
        <source>Follow up with {names} and %Ln others</source>
        <translation>Bei {names} und %Ln weiteren Personen nachfassen</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This desktop has no system tray, so Kith shows its reminders here, in the window, and closing the window quits Kith.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich (System-Tray). Deshalb zeigt Kith seine Erinnerungen hier im Fenster an, und wenn du das Fenster schließt, wird Kith beendet.</translation>
    </message>
    <message>
        <source>Snooze everyone until tomorrow</source>
        <translation>Alle bis morgen zurückstellen</translation>
    </message>
    <message>
        <source>Kith is still running</source>
        <translation>Kith läuft weiter</translation>
    </message>
    <message>
        <source>Kith keeps reminding you from the tray. Quit it from the tray menu, or turn this off in Preferences.</source>
        <translation>Kith erinnert dich weiterhin über den Infobereich. Beende Kith über das Menü im Infobereich oder schalte das in den Einstellungen ab.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page}, {count}</source>
        <translation>{page}, {count}</translation>
    </message>
    <message>
        <source>{page}: {count}</source>
        <translation>{page}: {count}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Delete {name} (deleted on the phone)</source>
        <translation>{name} löschen (auf dem Telefon gelöscht)</translation>
    </message>
    <message>
        <source>No password is stored for a sync account. Choose it in Preferences &gt; Accounts and click Set password….</source>
        <translation>Für ein Sync-Konto ist kein Passwort gespeichert. Wähle es unter Einstellungen &gt; Konten und klicke auf „Passwort festlegen…“.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>The calendar “{calendar}” was not updated: {message}</source>
        <translation>Der Kalender „{calendar}“ wurde nicht aktualisiert: {message}</translation>
    </message>
    <message>
        <source>Follow-ups are on the calendar “{calendar}”.</source>
        <translation>Die Nachfassaktionen stehen im Kalender „{calendar}“.</translation>
    </message>
    <message>
        <source>{head}: {names} ({reason}); last tried {when}.</source>
        <extracomment>The longest a name given by the server is shown; longer ones end in "…".</extracomment>
        <translation>{head}: {names} ({reason}); zuletzt versucht {when}.</translation>
    </message>
    <message>
        <source>{card}: {message}</source>
        <translation>{card}: {message}</translation>
    </message>
    <message>
        <source>Sync failed: {message}</source>
        <translation>Synchronisierung fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Sync with your phone's address book now</source>
        <translation>Jetzt mit dem Adressbuch deines Telefons synchronisieren</translation>
    </message>
    <message>
        <source>Add a sync account first: Preferences &gt; Accounts.</source>
        <translation>Füge zuerst ein Sync-Konto hinzu: Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message>
        <source>(and the %Ln card there comes into Kith).</source>
        <translation>(und die %Ln Karte dort kommt in Kith).</translation>
    </message>
    <message>
        <source>(and the %Ln cards there come into Kith).</source>
        <translation>(und die %Ln Karten dort kommen in Kith).</translation>
    </message>
    <message>
        <source>At the first sync, %Ln contact in Kith will be added to {book}</source>
        <translation>Bei der ersten Synchronisierung wird %Ln Kontakt aus Kith zu {book} hinzugefügt</translation>
    </message>
    <message>
        <source>At the first sync, %Ln contacts in Kith will be added to {book}</source>
        <translation>Bei der ersten Synchronisierung werden %Ln Kontakte aus Kith zu {book} hinzugefügt</translation>
    </message>
    <message>
        <source>%Ln card could not be synced</source>
        <translation>%Ln Karte konnte nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>%Ln cards could not be synced</source>
        <translation>%Ln Karten konnten nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>%Ln card could not be synced (details in the tooltip).</source>
        <translation>%Ln Karte konnte nicht synchronisiert werden (Einzelheiten im Tooltip).</translation>
    </message>
    <message>
        <source>%Ln cards could not be synced (details in the tooltip).</source>
        <translation>%Ln Karten konnten nicht synchronisiert werden (Einzelheiten im Tooltip).</translation>
    </message>
    <message>
        <source>{names} and %Ln more</source>
        <translation>{names} und %Ln weitere</translation>
    </message>
    <message>
        <source>…and %Ln more.</source>
        <translation>…und %Ln weitere.</translation>
    </message>
    <message>
        <source>Synced %Ln minute ago</source>
        <translation>Vor %Ln Minute synchronisiert</translation>
    </message>
    <message>
        <source>Synced %Ln minutes ago</source>
        <translation>Vor %Ln Minuten synchronisiert</translation>
    </message>
    <message>
        <source>Delete %Ln person deleted on the phone</source>
        <translation>%Ln auf dem Telefon gelöschte Person löschen</translation>
    </message>
    <message>
        <source>Delete %Ln people deleted on the phone</source>
        <translation>%Ln auf dem Telefon gelöschte Personen löschen</translation>
    </message>
    <message>
        <source>This account was added already (sync account {id}). To give it a new password, run 'kith sync password {id}', or choose it in Preferences &gt; Accounts and click Set password….</source>
        <extracomment>The default of set_status / set_tokens: leave that column as it is.</extracomment>
        <translation>Dieses Konto wurde schon hinzugefügt (Sync-Konto {id}). Für ein neues Passwort führe 'kith sync password {id}' aus oder wähle es unter Einstellungen &gt; Konten und klicke auf „Passwort festlegen…“.</translation>
    </message>
    <message>
        <source>{host} answered the sync request without a sync token; Kith compares the items one by one instead.</source>
        <extracomment>Items per addressbook-multiget / calendar-multiget request. How many times sync_collection asks again when the server truncates its answer (507).</extracomment>
        <translation>{host} hat die Sync-Anfrage ohne Sync-Token beantwortet; Kith vergleicht die Einträge stattdessen einzeln.</translation>
    </message>
    <message>
        <source>{host} no longer accepts Kith's sync token; Kith lists the address book again.</source>
        <translation>{host} akzeptiert Kiths Sync-Token nicht mehr; Kith liest das Adressbuch neu ein.</translation>
    </message>
    <message>
        <source>{host} does not offer sync-collection; Kith compares the items one by one instead.</source>
        <translation>{host} bietet kein sync-collection an; Kith vergleicht die Einträge stattdessen einzeln.</translation>
    </message>
    <message>
        <source>{host} cannot create calendars here. Choose an existing calendar, or create one with the server's own tools.</source>
        <translation>{host} kann hier keine Kalender anlegen. Wähle einen vorhandenen Kalender oder leg einen mit den Werkzeugen des Servers an.</translation>
    </message>
    <message>
        <source>{host} refused the user name or password. Check them; some servers (iCloud, Fastmail, Nextcloud with two-factor login) need an app password.</source>
        <translation>{host} hat Benutzername oder Passwort abgelehnt. Prüfe sie; manche Server (iCloud, Fastmail, Nextcloud mit Zwei-Faktor-Anmeldung) brauchen ein App-Passwort.</translation>
    </message>
    <message>
        <source>{host} does not allow this account to {action} {path}. Check that the address belongs to this user, or ask the server's administrator.</source>
        <translation>{host} erlaubt diesem Konto nicht: {action} {path}. Prüfe, ob die Adresse zu diesem Benutzer gehört, oder frag die Administration des Servers.</translation>
    </message>
    <message>
        <source>Nothing was found at {path} on {host}. Check the address; the server root (https://server/) lets Kith find the address books itself.</source>
        <translation>Unter {path} auf {host} wurde nichts gefunden. Prüfe die Adresse; mit der Server-Wurzel (https://server/) findet Kith die Adressbücher selbst.</translation>
    </message>
    <message>
        <source>{path} changed on {host} since Kith last read it; nothing was overwritten. Sync again to merge the changes.</source>
        <translation>{path} hat sich auf {host} geändert, seit Kith es zuletzt gelesen hat; nichts wurde überschrieben. Synchronisiere erneut, um die Änderungen zusammenzuführen.</translation>
    </message>
    <message>
        <source>{host} failed (HTTP {status}) on {path}. Try again later; if it keeps failing, tell the server's administrator.</source>
        <translation>{host} ist bei {path} gescheitert (HTTP {status}). Versuch es später erneut; wenn es weiter scheitert, sag der Administration des Servers Bescheid.</translation>
    </message>
    <message>
        <source>The server refused this card (HTTP {status}): {reason}. The other cards were synced; change this one in Kith, or tell the server's administrator if it keeps happening.</source>
        <translation>Der Server hat diese Karte abgelehnt (HTTP {status}): {reason}. Die anderen Karten wurden synchronisiert; ändere diese in Kith oder sag der Administration des Servers Bescheid, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} to {method} {path}. Check the address; if it is right, the server may not be a CardDAV server.</source>
        <translation>{host} hat auf {method} {path} mit HTTP {status} geantwortet. Prüfe die Adresse; stimmt sie, ist der Server vielleicht kein CardDAV-Server.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen von</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben von</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen von</translation>
    </message>
    <message>
        <source>create a calendar in</source>
        <translation>Anlegen eines Kalenders in</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen von</translation>
    </message>
    <message>
        <source>use</source>
        <translation>Verwenden von</translation>
    </message>
    <message>
        <source>{url} is not a web address. Enter the server's address, starting with https://, for example https://dav.example.com/.</source>
        <extracomment>The largest answer Kith reads (a multiget of 100 cards with photos is a few MB). Seconds one request may take in all, however slowly the server trickles its answer.</extracomment>
        <translation>{url} ist keine Webadresse. Gib die Adresse des Servers ein, beginnend mit https://, zum Beispiel https://dav.example.com/.</translation>
    </message>
    <message>
        <source>Kith only syncs over HTTPS: {host} was given with http://, which would send your password unencrypted. Use the https:// address of the server.</source>
        <translation>Kith synchronisiert nur über HTTPS: {host} wurde mit http:// angegeben, womit dein Passwort unverschlüsselt verschickt würde. Verwende die https://-Adresse des Servers.</translation>
    </message>
    <message>
        <source>The address holds a user name or password. Remove them from the address and enter them in their own fields.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort. Entferne sie aus der Adresse und gib sie in ihren eigenen Feldern ein.</translation>
    </message>
    <message>
        <source>{host} redirected to an unencrypted http:// address; Kith did not follow it. Check the address, or ask the server's administrator.</source>
        <extracomment>The only origin the credentials go to (None: the first URL asked for). How many HTTP requests were sent (the benchmark reports it).</extracomment>
        <translation>{host} hat auf eine unverschlüsselte http://-Adresse umgeleitet; Kith ist ihr nicht gefolgt. Prüfe die Adresse oder frag die Administration des Servers.</translation>
    </message>
    <message>
        <source>{host} redirected to another server, {other}; Kith did not follow it, so your password went only to the address you entered. If that server is yours, add the account with the address {address} instead.</source>
        <translation>{host} hat auf einen anderen Server umgeleitet, {other}; Kith ist nicht gefolgt, dein Passwort ging also nur an die eingegebene Adresse. Gehört dir dieser Server, füge das Konto stattdessen mit der Adresse {address} hinzu.</translation>
    </message>
    <message>
        <source>{host} redirected more than {count} times. Check the address; the server may be misconfigured.</source>
        <translation>{host} hat mehr als {count}-mal umgeleitet. Prüfe die Adresse; der Server ist vielleicht falsch eingerichtet.</translation>
    </message>
    <message>
        <source>{host} redirected in a loop. Check the address; the server may be misconfigured.</source>
        <translation>{host} leitet im Kreis um. Prüfe die Adresse; der Server ist vielleicht falsch eingerichtet.</translation>
    </message>
    <message>
        <source>Kith did not send a request to {host}: the account was added for another server, and your password goes only there. Check the address of the account, or add that server as an account of its own.</source>
        <translation>Kith hat keine Anfrage an {host} geschickt: Das Konto gehört zu einem anderen Server, und dein Passwort geht nur dorthin. Prüfe die Adresse des Kontos oder füge diesen Server als eigenes Konto hinzu.</translation>
    </message>
    <message>
        <source>Kith did not send a request to {host}: a value the server gave earlier (such as a card's version tag) is not valid in a request. Sync again; if it keeps failing, tell the server's administrator.</source>
        <translation>Kith hat keine Anfrage an {host} geschickt: Ein Wert, den der Server vorher geliefert hat (etwa die Versionsmarke einer Karte), ist in einer Anfrage nicht gültig. Synchronisiere erneut; wenn es weiter scheitert, sag der Administration des Servers Bescheid.</translation>
    </message>
    <message>
        <source>{host} did not finish answering within {seconds} seconds; Kith stopped waiting. Try again later; if it keeps happening, tell the server's administrator.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden fertig geantwortet; Kith hat aufgehört zu warten. Versuch es später erneut; wenn es weiter passiert, sag der Administration des Servers Bescheid.</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified ({reason}). Check the address; if the server uses a certificate of its own, add it to the system's trusted certificates.</source>
        <translation>Das Zertifikat von {host} konnte nicht geprüft werden ({reason}). Prüfe die Adresse; verwendet der Server ein eigenes Zertifikat, füge es den vertrauenswürdigen Zertifikaten des Systems hinzu.</translation>
    </message>
    <message>
        <source>A secure connection to {host} failed ({reason}). Check the address and the port; the server may not speak HTTPS there.</source>
        <translation>Eine sichere Verbindung zu {host} ist gescheitert ({reason}). Prüfe Adresse und Port; der Server spricht dort vielleicht kein HTTPS.</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} seconds. Check the address and your connection, or try again later.</source>
        <translation>{host} hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfe die Adresse und deine Verbindung oder versuch es später erneut.</translation>
    </message>
    <message>
        <source>{host}'s answer was too large (over {size} MB); Kith stopped reading it. Check the address; if it is right, tell the server's administrator.</source>
        <translation>Die Antwort von {host} war zu groß (über {size} MB); Kith hat aufgehört, sie zu lesen. Prüfe die Adresse; stimmt sie, sag der Administration des Servers Bescheid.</translation>
    </message>
    <message>
        <source>the name was not found</source>
        <translation>der Name wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Kith could not reach {host} ({why}). Check the address and your connection, then try again.</source>
        <translation>Kith konnte {host} nicht erreichen ({why}). Prüfe die Adresse und deine Verbindung und versuch es dann erneut.</translation>
    </message>
    <message>
        <source>There is no sync account {id}. 'kith sync status' lists them.</source>
        <extracomment>Who went to Kith's trash because their card was deleted on the server (not in JSON). The same, as the trash knows them: the window's undo brings them back. Deleted on the server but kept in Kith for their history (counted in ``conflicts`` for the JSON; not in JSON itself).</extracomment>
        <translation>Es gibt kein Sync-Konto {id}. 'kith sync status' listet sie auf.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error ({name}). Try again; if it keeps failing, report it.</source>
        <translation>Die Synchronisierung ist bei einem unerwarteten Fehler stehen geblieben ({name}). Versuch es erneut; wenn es weiter scheitert, melde es.</translation>
    </message>
    <message>
        <source>Kith could not record this either, so the sync status does not show it.</source>
        <translation>Kith konnte auch das nicht festhalten, daher zeigt der Sync-Status es nicht.</translation>
    </message>
    <message>
        <source>The sync was stopped; what was synced so far is kept, and the next sync carries on.</source>
        <translation>Die Synchronisierung wurde angehalten; was bisher synchronisiert wurde, bleibt, und die nächste Synchronisierung macht weiter.</translation>
    </message>
    <message>
        <source>This card on the server could not be read; it was left out. Fix or delete it on the server.</source>
        <translation>Diese Karte auf dem Server konnte nicht gelesen werden; sie wurde ausgelassen. Korrigiere oder lösche sie auf dem Server.</translation>
    </message>
    <message>
        <source>was deleted on the server; Kith kept them for their history. Choose to keep them in Kith only or delete them here too (the window asks; or 'kith sync keep ID' / 'kith sync forget ID').</source>
        <translation>wurde auf dem Server gelöscht; Kith hat die Person wegen ihres Verlaufs behalten. Entscheide, ob sie nur in Kith bleibt oder auch hier gelöscht wird (das Fenster fragt; oder 'kith sync keep ID' / 'kith sync forget ID').</translation>
    </message>
    <message>
        <source>Updated from your phone: {fields}</source>
        <translation>Von deinem Telefon aktualisiert: {fields}</translation>
    </message>
    <message>
        <source>{added} {there}</source>
        <translation>{added} {there}</translation>
    </message>
    <message>
        <source>changed on the server while Kith was uploading it; the next sync tries again.</source>
        <translation>hat sich auf dem Server geändert, während Kith sie hochgeladen hat; die nächste Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>could not be uploaded: another card has its place on the server. The next sync tries again.</source>
        <translation>konnte nicht hochgeladen werden: Eine andere Karte hat ihren Platz auf dem Server. Die nächste Synchronisierung versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>SyncQuestions</name>
    <message>
        <source>Delete {name} here too</source>
        <translation>{name} auch hier löschen</translation>
    </message>
    <message>
        <source>Deleted on your phone or server: {name} ({held}). Kith kept them for their history. Keep them in Kith only (not put back on the server), or delete them here too?</source>
        <translation>Auf deinem Telefon oder Server gelöscht: {name} ({held}). Kith hat die Person wegen ihres Verlaufs behalten. Nur in Kith behalten (nicht wieder auf den Server) oder auch hier löschen?</translation>
    </message>
    <message>
        <source>Deleted on your phone or server: {name}. Kith kept them for their history. Keep them in Kith only (not put back on the server), or delete them here too?</source>
        <translation>Auf deinem Telefon oder Server gelöscht: {name}. Kith hat die Person wegen ihres Verlaufs behalten. Nur in Kith behalten (nicht wieder auf den Server) oder auch hier löschen?</translation>
    </message>
    <message>
        <source>Keep in Kith only</source>
        <translation>Nur in Kith behalten</translation>
    </message>
    <message>
        <source>Keep this person and their history in Kith; Kith does not put them back on the server</source>
        <translation>Diese Person und ihren Verlauf in Kith behalten; Kith legt sie nicht wieder auf dem Server an</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Auch hier löschen</translation>
    </message>
    <message>
        <source>Move this person to the trash, as on the server; Ctrl+Z undoes it</source>
        <translation>Diese Person in den Papierkorb legen, wie auf dem Server; Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>%Ln interaction</source>
        <translation>%Ln Kontakt</translation>
    </message>
    <message>
        <source>%Ln interactions</source>
        <translation>%Ln Kontakte</translation>
    </message>
    <message>
        <source>%Ln more waiting</source>
        <translation>%Ln weitere warten</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show more (click or Space)</source>
        <translation>Mehr anzeigen (Klick oder Leertaste)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>you helped</source>
        <translation>du hast geholfen</translation>
    </message>
    <message>
        <source>you asked for help</source>
        <translation>du hast um Hilfe gebeten</translation>
    </message>
    <message>
        <source>{what} with {people}</source>
        <translation>{what} mit {people}</translation>
    </message>
    <message>
        <source>{what} (they reached out)</source>
        <translation>{what} (Person hat sich gemeldet)</translation>
    </message>
    <message>
        <source>{name} — {what}</source>
        <translation>{name} — {what}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Vorstellungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Log an interaction (Ctrl+L)</source>
        <translation>Eine Interaktion erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Nothing here yet. Log a call, a coffee or an e-mail with Ctrl+L.</source>
        <translation>Hier ist noch nichts. Erfasse mit Strg+L einen Anruf, ein Treffen auf einen Kaffee oder eine E-Mail.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Who is due</source>
        <translation>Wer fällig ist</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <source>Log an interaction with this person (Ctrl+L)</source>
        <translation>Eine Interaktion mit dieser Person erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Für eine Woche</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Er&amp;ledigt</translation>
    </message>
    <message>
        <source>Mark as done (the cadence starts again today)</source>
        <translation>Als erledigt markieren (der Rhythmus beginnt heute neu)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Skip this round</source>
        <translation>Diese Runde überspringen</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Interaktion erfassen</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Person öffnen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Nobody is due. When someone's follow-up comes due, they appear here; import the cards from an event (Ctrl+I) to get started.</source>
        <translation>Niemand ist fällig. Sobald bei jemandem das Nachfassen ansteht, erscheint die Person hier. Importiere zum Einstieg die Karten einer Veranstaltung (Strg+I).</translation>
    </message>
    <message>
        <source>Nothing is due today. Coming up:</source>
        <translation>Heute ist nichts fällig. Demnächst:</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Done: {name}</source>
        <translation>Erledigt: {name}</translation>
    </message>
    <message>
        <source>Skip: {name}</source>
        <translation>Übersprungen: {name}</translation>
    </message>
    <message>
        <source>Snooze {name}</source>
        <translation>{name} zurückstellen</translation>
    </message>
    <message>
        <source>%Ln person needs you today.</source>
        <translation>%Ln Person braucht dich heute.</translation>
    </message>
    <message>
        <source>%Ln people need you today.</source>
        <translation>%Ln Personen brauchen dich heute.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Other work is still under way; try again when it has finished.</source>
        <translation>Es läuft noch ein anderer Vorgang; versuche es erneut, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>keine Veranstaltung</translation>
    </message>
    <message>
        <source>{when} · {event} · {new} new, {merged} merged</source>
        <translation>{when} · {event} · {new} neu, {merged} zusammengeführt</translation>
    </message>
    <message>
        <source>Take back this import (merged people are put back as they were):</source>
        <translation>Diesen Import zurücknehmen (zusammengeführte Personen werden auf ihren vorherigen Stand zurückgesetzt):</translation>
    </message>
    <message>
        <source>Cancelled: the import is still in place.</source>
        <translation>Abgebrochen: Der Import bleibt bestehen.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Changes made since the import were kept.</source>
        <translation>Änderungen seit dem Import wurden beibehalten.</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Alle Kontakte exportieren</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf)</source>
        <translation>vCard 3.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export the %Ln selected contact</source>
        <translation>Den %Ln ausgewählten Kontakt exportieren</translation>
    </message>
    <message>
        <source>Export the %Ln selected contacts</source>
        <translation>Die %Ln ausgewählten Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exported %Ln contact to {file}.</source>
        <translation>%Ln Kontakt nach {file} exportiert.</translation>
    </message>
    <message>
        <source>Exported %Ln contacts to {file}.</source>
        <translation>%Ln Kontakte nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Kith: nothing is due</source>
        <translation>Kith: nichts fällig</translation>
    </message>
    <message>
        <source>{status} (reminders paused today)</source>
        <translation>{status} (Erinnerungen heute pausiert)</translation>
    </message>
    <message>
        <source>Open Kith</source>
        <translation>Kith öffnen</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Interaktion erfassen…</translation>
    </message>
    <message>
        <source>Snooze all until tomorrow</source>
        <translation>Alle bis morgen zurückstellen</translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kith: %Ln follow-up due</source>
        <translation>Kith: %Ln Kontakt zum Nachfassen fällig</translation>
    </message>
    <message>
        <source>Kith: %Ln follow-ups due</source>
        <translation>Kith: %Ln Kontakte zum Nachfassen fällig</translation>
    </message>
    <message>
        <source>%Ln more…</source>
        <translation>%Ln weitere…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Undid import {id}: removed {removed} it created, put back {restored} it had merged into.</source>
        <translation>Import {id} rückgängig gemacht: {removed} entfernt, die er angelegt hatte; {restored} auf den Stand vor dem Zusammenführen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Undid the import: removed {removed} it created, put back {restored} it had merged into.</source>
        <translation>Import rückgängig gemacht: {removed} entfernt, die er angelegt hatte; {restored} auf den Stand vor dem Zusammenführen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Kept {name}, whom it created: {reason}.</source>
        <translation>{name} wurde vom Import angelegt, bleibt aber erhalten: {reason}.</translation>
    </message>
    <message>
        <source>Kept {name}'s {fields} as changed since the import.</source>
        <translation>Bei {name} bleibt {fields} so, wie seit dem Import geändert.</translation>
    </message>
    <message>
        <source>There is no import with id {id}. 'kith imports' lists them.</source>
        <translation>Es gibt keinen Import mit der ID {id}. „kith imports“ listet alle Importe auf.</translation>
    </message>
    <message>
        <source>Import {id} was already undone.</source>
        <translation>Import {id} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The undo was cancelled; the import is still in place.</source>
        <translation>Das Rückgängigmachen wurde abgebrochen; der Import bleibt bestehen.</translation>
    </message>
    <message>
        <source>every field</source>
        <translation>alle Felder</translation>
    </message>
    <message>
        <source>you have logged an interaction with them</source>
        <translation>du hast eine Interaktion mit der Person erfasst</translation>
    </message>
    <message>
        <source>they have needs or offers</source>
        <translation>bei der Person ist Bedarf oder ein Angebot eingetragen</translation>
    </message>
    <message>
        <source>you introduced them</source>
        <translation>du hast die Person jemandem vorgestellt</translation>
    </message>
    <message>
        <source>their timeline has entries since</source>
        <translation>ihr Verlauf hat seitdem neue Einträge</translation>
    </message>
    <message>
        <source>you set a follow-up for them</source>
        <translation>du hast für die Person ein Nachfassen geplant</translation>
    </message>
    <message>
        <source>another import added to them</source>
        <translation>ein anderer Import hat Daten ergänzt</translation>
    </message>
    <message>
        <source>they were edited since</source>
        <translation>die Person wurde seitdem bearbeitet</translation>
    </message>
    <message>
        <source>%Ln person</source>
        <translation>%Ln Person</translation>
    </message>
    <message>
        <source>%Ln people</source>
        <translation>%Ln Personen</translation>
    </message>
    <message>
        <source>%Ln contact</source>
        <translation>%Ln Kontakt</translation>
    </message>
    <message>
        <source>%Ln contacts</source>
        <translation>%Ln Kontakte</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>The contact could not be brought back: something else removed it since (an import undone elsewhere?).</source>
        <translation>Der Kontakt konnte nicht wiederhergestellt werden: Er wurde inzwischen anderweitig entfernt (ein anderswo rückgängig gemachter Import?).</translation>
    </message>
    <message>
        <source>{lost} of the {total} contacts could not be brought back: something else removed them since (an import undone elsewhere?).</source>
        <translation>Nicht wiederherstellbar: {lost} von {total} Kontakten. Sie wurden inzwischen anderweitig entfernt (ein anderswo rückgängig gemachter Import?).</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Something else removed this contact since it was added.</source>
        <translation>Dieser Kontakt wurde seit dem Hinzufügen anderweitig entfernt.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Import {event}</source>
        <translation>{event} importieren</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>Imported the cards again: {new}, {merged}.</source>
        <translation>Karten erneut importiert: {new}, {merged}.</translation>
    </message>
    <message>
        <source>“{change}” was already undone elsewhere (the command line or another window); nothing more to take back.</source>
        <translation>„{change}“ wurde bereits an anderer Stelle rückgängig gemacht (über die Befehlszeile oder in einem anderen Fenster); es gibt nichts mehr zurückzunehmen.</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>LOWERCASE:channel</source>
        <translation>KEEP:channel</translation>
    </message>
    <message>
        <source>Edit {channel}</source>
        <translation>{channel} bearbeiten</translation>
    </message>
    <message>
        <source>Log {channel} with {name}</source>
        <translation>{channel} mit {name} erfassen</translation>
    </message>
    <message>
        <source>Log {channel}</source>
        <translation>{channel} erfassen</translation>
    </message>
    <message>
        <source>Delete interaction</source>
        <translation>Interaktion löschen</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Merge undone; kept as edited since: {fields}.</source>
        <translation>Zusammenführen rückgängig gemacht; seither bearbeitet und so belassen: {fields}.</translation>
    </message>
    <message>
        <source>Not the same person: {names}</source>
        <translation>Nicht dieselbe Person: {names}</translation>
    </message>
    <message>
        <source>Undoing “{change}”…</source>
        <translation>„{change}“ wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>{change}…</source>
        <translation>{change}…</translation>
    </message>
    <message>
        <source>Cancelled: “{change}” is still in place.</source>
        <translation>Abgebrochen: „{change}“ bleibt bestehen.</translation>
    </message>
    <message>
        <source>Cancelled: “{change}” was not done.</source>
        <translation>Abgebrochen: „{change}“ wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source>“{change}” was done, but the window could not show the result. {reason}</source>
        <translation>„{change}“ wurde ausgeführt, aber das Fenster konnte das Ergebnis nicht anzeigen. {reason}</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängigmachen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not undo “{change}”; it is still in place. {reason}</source>
        <translation>„{change}“ konnte nicht rückgängig gemacht werden und bleibt bestehen. {reason}</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Änderung nicht ausgeführt</translation>
    </message>
    <message>
        <source>“{change}” was not done. {reason}</source>
        <translation>„{change}“ wurde nicht ausgeführt. {reason}</translation>
    </message>
    <message>
        <source>Delete %Ln contact</source>
        <translation>%Ln Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete %Ln contacts</source>
        <translation>%Ln Kontakte löschen</translation>
    </message>
    <message>
        <source>%Ln new</source>
        <translation>%Ln neu</translation>
    </message>
    <message>
        <source>%Ln merged</source>
        <translation>%Ln zusammengeführt</translation>
    </message>
    <message>
        <source>Link to {name}</source>
        <translation>Verbindung zu {name}</translation>
    </message>
    <message>
        <source>The link was changed elsewhere since; it was left as it is now.</source>
        <translation>Die Verbindung wurde inzwischen anderswo geändert; sie bleibt, wie sie jetzt ist.</translation>
    </message>
    <message>
        <source>Remove the link to {name}</source>
        <translation>Verbindung zu {name} entfernen</translation>
    </message>
    <message>
        <source>The link could not be put back: one of the two people is gone, or they were linked again since.</source>
        <translation>Die Verbindung konnte nicht wiederhergestellt werden: Eine der beiden Personen ist nicht mehr da, oder sie wurden inzwischen erneut verbunden.</translation>
    </message>
</context>
</TS>
