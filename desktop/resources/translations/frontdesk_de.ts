<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>Keine ID (IDs sehen so aus: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>Höchstens %1 E-Mail-Adressen auf einmal.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>Höchstens %1 Vornamen auf einmal.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>Höchstens %1 Nachnamen auf einmal.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>Höchstens %1 Treuecodes auf einmal.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>Höchstens %1 IDs auf einmal.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>Höchstens %1 Firmen-IDs auf einmal.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>Unbekannter Status: %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Mindestens eines ankreuzen: aktive oder gelöschte Profile.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Mindestens ein Feld oder einen Zeitraum ausfüllen; Mews listet nicht alle auf.</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchPanel</name>
    <message>
        <source>E&amp;mails</source>
        <translation>E-&amp;Mails</translation>
    </message>
    <message>
        <source>Fi&amp;rst names</source>
        <translation>Vo&amp;rnamen</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Genaue Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Nachnamen</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>&amp;Treuecodes</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Codes, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>Kunden-&amp;IDs</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>&amp;Firmen-IDs</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>Firmen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>&amp;Angelegt</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>&amp;Geändert</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>&amp;Gelöscht</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>A&amp;ktive Profile</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Gel&amp;öschte Profile</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>AttachFileDialog</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Datei an %1 anhängen</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>Ein gescannter Pass, Ausweis oder ein unterschriebenes Formular. Datei wählen, hierher ziehen oder einen Scan aus der Scanner-App einfügen.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Pfad der Datei eingeben oder einfügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Scan einfügen</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Das in die Zwischenablage kopierte Bild oder die Datei verwenden</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Passend verkleinern</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Bild als kleineres JPEG speichern, Auflösung nur so weit wie nötig verringern</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Name in Mews:</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Wird hochgeladen… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Gescannte Datei wählen</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>Diese Datei ist %1 groß, viel zu groß für einen Scan.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Aus der Zwischenablage eingefügtes Bild</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Die Zwischenablage enthält kein Bild und keine Datei.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>Kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>Noch keine Datei gewählt.

Datei hierher ziehen.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (bis zu %2 möglich)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixel:</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Zu groß zum Senden: %1, höchstens %2 können hochgeladen werden.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Passend verkleinern oder mit geringerer Auflösung scannen.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Mit geringerer Auflösung oder in Schwarzweiß neu scannen.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Bild wird verkleinert…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Selbst stark verkleinert passt dieses Bild nicht. Bitte neu scannen.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Verkleinert von %1 (%2) auf %3 JPEG, %4 × %5 Pixel.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>Das Bild konnte nicht verkleinert werden: %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Wird zu Mews hochgeladen…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Zu spät zum Abbrechen: Mews hat die ganze Datei bereits. Warte auf Antwort…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>„%1“ an das Profil angehängt. Datei-ID: %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Hochladen abgebrochen. Nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews hat die Datei als zu groß abgelehnt. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>Hochladen fehlgeschlagen: %1 Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Erneut hochladen</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Sammelkonto</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Sperrliste (alt)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Treueprogramm</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Frühere Beschwerde</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Stammgast</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Freunde oder Familie</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Sehr wichtig (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problematisch</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Nur Barzahlung</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Person mit Behinderung</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militär</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Fluggesellschaft</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Gesundheitsauflagen erfüllt</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>Im Zimmer</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>Wartet auf Zimmer</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Sperrliste</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Eingebaute Sandbox (Demodaten, offline)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Mews-Demo (öffentliches Testhotel)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews-Produktion</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>API-Adresse eingeben, zum Beispiel https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>Die Adresse muss mit https:// beginnen und einen Host nennen, zum Beispiel https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Nur https-Adressen sind erlaubt; einfaches http nur für diesen Computer (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>Die Chain-ID muss eine UUID sein, etwa 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Nur für Portfolio-Zugriffstokens</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>&amp;Verbinden mit</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>API-A&amp;dresse</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>C&amp;lient-Token</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Zugri&amp;ffstoken</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>C&amp;hain-ID</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>Auf diesem Computer wurde kein sicherer Passwortspeicher gefunden (%1). Die Tokens bleiben nur bis zum Schließen von Frontdesk erhalten und müssen beim nächsten Mal erneut eingegeben werden. Sie werden nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Demogäste auf diesem Computer; nichts verlässt ihn. Keine Tokens nötig.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>Das öffentliche Testhotel von Mews. Dort nie echte Gästedaten eingeben.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>Die echten Daten Ihres Hauses. Verwenden Sie die Tokens Ihres Mews-Admins.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Jede Mews-kompatible Adresse; nur https, außer auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Client-Token und Zugriffstoken eingeben.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>Die Sandbox startet noch; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Verbunden: Adresse und Tokens funktionieren.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (RequestId %2)</source>
        <translation>%1 (RequestId %2)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland-Inseln</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius und Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvet-Insel</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokos-(Keeling-)Inseln</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>Demokratische Republik Kongo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>Republik Kongo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Weihnachtsinseln</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falklandinseln (Malwinen)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Färöer-Inseln</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Französisch-Guyana</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>South Georgia und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Insel Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Cayman-Inseln</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint Martin (Französischer Teil)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palästina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomoninseln</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>St. Helena, Ascension und Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (Niederländischer Teil)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>United States Minor Outlying Islands</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Heiliger Stuhl (Staat Vatikanstadt)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>&amp;Columns</source>
        <extracomment>Room for the sort indicator and the section&apos;s margins around a column title.</extracomment>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalität</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Treuecode</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klassifizierungen</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>Zimmer (im Haus)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Zimmer %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Derzeit genutzter Anteil des Mews-Anfragekontingents (200 Anfragen pro 30 Sekunden, geteilt von allen Rezeptionen mit dem Token dieses Hauses).</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Eingebaute Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Text markieren oder rechts darauf klicken, um ihn für den Support zu kopieren.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Anfragen: %1 % des Limits</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>gleiche Ausweisnummer</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, aber unterschiedliche Geburtsdaten</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Gleiche E-Mail</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Gleicher Vor- und Nachname</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Gleicher Nachname und Geburtstag</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Diese Gruppe zusammenführen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Suche nach wahrscheinlichen Duplikaten unter den %1 geladenen Profilen…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>Grau dargestellte Gruppen haben wenig gemeinsam (oft nur den Namen): vor dem Zusammenführen prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n Profil, Punktzahl %1: %2</numerusform>
            <numerusform>%n Profile, Punktzahl %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>Die Punktzahl von 0 bis 100 sagt, wie sicher diese Profile ein und derselbe Gast sind. Gleiche Ausweisnummer, E-Mail-Adresse, Telefonnummer oder gleicher Name mit Geburtsdatum sprechen dafür, unterschiedliche Geburtsdaten dagegen. Die sichersten Gruppen stehen oben.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>Eine Gruppe wahrscheinlicher Duplikate</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 Gruppen wahrscheinlicher Duplikate</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> unter den %2 geladenen Profilen der Liste. Gruppe wählen und zusammenführen oder belassen, wenn es verschiedene Gäste sind.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>Keine wahrscheinlichen Duplikate unter den %1 geladenen Profilen. Nur geladene Profile werden geprüft: breiter suchen, um mehr zu prüfen.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>Ganze Meldung &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Gescannten Ausweis oder ein Dokument an den Gast anhängen</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>Auswahl &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Zwei oder mehr ausgewählte doppelte Profile zu einem zusammenführen</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplikate finden…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews akzeptiert PDF-Dokumente und BMP-, GIF-, JPEG-, PNG- oder TIFF-Bilder.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>Das ist ein Windows-Programm, kein Dokument.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>Das ist ein Programm, kein Dokument.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>Das ist ein Skript, kein Dokument.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>Das ist ein ZIP-Archiv oder Office-Dokument. Zuerst als PDF speichern oder drucken.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>Das ist ein altes Office-Dokument. Zuerst als PDF speichern oder drucken.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>Das ist ein RTF-Dokument. Zuerst als PDF speichern.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>Das ist ein HEIC-Foto (iPhone). Zuerst als JPEG exportieren.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>Das ist ein WebP-Bild. Zuerst als JPEG oder PNG speichern.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>Das ist ein komprimiertes Archiv, kein Dokument.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>Das ist eine Webseite, kein Scan.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>Diese Datei ist weder ein PDF noch ein erkanntes Bild.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>Dieses Bild ist unvollständig oder beschädigt (es endet zu früh). Bitte erneut scannen.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>Dieses PDF ist unvollständig oder beschädigt (keine Endmarke). Erneut scannen oder speichern.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>Diese Datei beginnt wie ein PDF, hat aber keine PDF-Struktur. Erneut scannen oder speichern.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>PDF document</source>
        <extracomment>Largest request body the desk sends; bigger files are shrunk or refused beforehand. Room left in the body for tokens, client name, ids and JSON punctuation. Longest file name sent; longer names are cut (Mews stores the name as a label). How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk). How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).</extracomment>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP-Bild</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF-Bild</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>Dieses Bild ist beschädigt und lässt sich nicht öffnen. Erneut scannen.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>Dieses PDF ist passwortgeschützt, Kollegen könnten es nicht öffnen. Ohne Passwort erneut speichern.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>Dieses PDF ist beschädigt und lässt sich nicht öffnen. Erneut scannen.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Gastdaten exportieren</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Die über %1 gespeicherten Daten exportieren</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>Für die Anfrage eines Gastes, seine Daten einzusehen: schreibt eine JSON-Datei und ein druckbares PDF mit dem Profil, seiner Adresse, den Ausweisdokumenten, den offenen Posten und den in dieser Sitzung angehängten Dateien.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>&amp;Vollständige Ausweisnummern aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Speicherort für den Export wählen</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Vollständige Ausweisnummern</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>Die vollständigen Ausweisnummern in den Export schreiben?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Nur wenn Sie geprüft haben, dass die Anfrage vom Gast selbst kommt. Wer die Dateien erhält, kann dann die Pass- und Ausweisnummern des Gastes lesen.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>An diesem Pfad gibt es keinen Ordner.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Die Daten des Gastes werden aus Mews gelesen…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Gastdaten-Export</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Die Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Die Dateien konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Geschrieben:
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>Die Daten des Gastes konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Gespeicherte Daten über %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Exportiert am %1 an der Rezeption. Das ist alles, was die Rezeption über Mews zu diesem Gast lesen kann: das Profil, seine Adresse, die Ausweisdokumente, die offenen Posten und die in dieser Sitzung von hier angehängten Dateien.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>Die Ausweisnummern sind vollständig angegeben, wie von der Rezeption bestätigt.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>Die Ausweisnummern sind bis auf die letzten Zeichen verdeckt.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>In dieser Sitzung angehängte Dateien</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nichts offen.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Offener Saldo: %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Ausweisdokument bearbeiten</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Ausweisdokument hinzufügen</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>Wie aufgedruckt; leer lassen, wenn das Land keine hat</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>Ausstellungsland:</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Ausstellungsort:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Ausgestellt am:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Dieses Dokument ist abgelaufen.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Art des Dokuments wählen.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>Das Ausstellungsdatum ist kein Datum: als %1 oder %2 eingeben.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>Das Ablaufdatum ist kein Datum: als %1 oder %2 eingeben.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>Das Ausstellungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>Das Dokument läuft vor seiner Ausstellung ab.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Führerschein</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentsView</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Ausstellungsland</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Dieses Dokument ist abgelaufen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (läuft bald ab)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Nummer zeigen</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Scan anhängen…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>In dieser Sitzung angehängte Dateien</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Ausweisdokumente werden geladen…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>Keine Ausweisdokumente in diesem Profil.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Alle Dokumente in diesem Profil sind abgelaufen.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>Die Dokumente konnten nicht geladen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Nummer verbergen</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Dokument wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Dokument wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Ausweisdokument löschen</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>%1 %2 aus diesem Profil löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Dokument wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — Datei-ID %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>Noch keine. Von dieser Rezeption angehängte Scans erscheinen hier.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Zuerst das Profil speichern; Dokumente gehören zu einem gespeicherten Profil.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Arabisch (Saudi-Arabien)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabisch (Vereinigte Arabische Emirate)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch, Neu (ab 1453)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Englisch (Australien)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Englisch (Kanada)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Englisch (Vereinigtes Königreich)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Englisch (Irland)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Englisch (Vereinigte Staaten)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanisch; Kastilianisch (Spanien)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spanisch; Kastilianisch (Mexiko)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Französisch (Belgien)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Französisch (Kanada)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Französisch (Schweiz)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Französisch (Frankreich)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italienisch (Schweiz)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italienisch (Italien)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegisch-Bokmål</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Niederländisch (Belgien)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Niederländisch (Niederlande)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugiesisch (Brasilien)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugiesisch (Portugal)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Wirkt nach einem Neustart von Frontdesk</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk startet beim nächsten Mal auf %1.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk folgt ab dem nächsten Start der Systemsprache.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Letzte &amp;24 Stunden</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>Letzte 3 &amp;Monate</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Gast finden: Name, E-Mail, Zimmer, Treuecode oder ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Gast finden</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>&amp;Kürzlich geändert</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Diese Ergebnisse filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>Gast &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>&amp;Erweiterte Suche</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>Kein sicherer Passwortspeicher: Tokens bleiben bis zum Schließen von Frontdesk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Profile, geändert seit %n Tag</numerusform>
            <numerusform>Profile, geändert seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 von %Ln Gast</numerusform>
            <numerusform>%1 von %Ln Gästen</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>In den letzten 24 Stunden geänderte Profile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Erweiterte Suche: %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 für „%2“</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, weitere laden beim Scrollen</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1: Suche läuft…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 bisher, Suche läuft noch…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 – möglicherweise unvollständig: ein Teil der Suche ist fehlgeschlagen. Aktualisieren (Strg+R) versucht es erneut.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Namen, E-Mail, Zimmernummer oder Treuecode eines Gastes eingeben, dann Enter drücken.
Strg+F springt von überall hierher.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>Kein geladener Gast passt zum Filter.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>Noch kein Gast geöffnet</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalität</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Treuecode</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klassifizierungen</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Steuer-ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nichts offen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (bleibt)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (entfällt)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Klicken, um dieses Profil zu behalten</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Doppelte Profile zusammenführen</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Dieses Profil behalten:</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Grün: das Profil, das bleibt. Gelb: ein abweichender Wert. Auf einen Spaltentitel klicken, um stattdessen dieses Profil zu behalten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Mindestens zwei Profile zum Zusammenführen wählen.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Zu viele Profile für eine Zusammenführung.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Profile werden geladen…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>Die Profile konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Einige dieser Profile gibt es nicht mehr oder sie wurden bereits zusammengeführt. Liste aktualisieren.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>Ausweisdokumente und offener Saldo konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>Zusammenführen lässt sich nicht rückgängig machen. Das andere Profil geht im Profil von %1 auf, das seine ID behält; Aufenthalte und Verlauf des Gastes gehen mit. Prüfen Sie danach das verbleibende Profil: Angaben, die nur das andere Profil hat, werden eventuell nicht übernommen.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>Zusammenführen lässt sich nicht rückgängig machen. Die anderen %n Profile gehen im Profil von %1 auf, das seine ID behält; Aufenthalte und Verlauf des Gastes gehen mit. Prüfen Sie danach das verbleibende Profil: Angaben, die nur die anderen Profile haben, werden eventuell nicht übernommen.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>%1 Profile in %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>Die Zusammenführung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>Die Prüfziffer der Dokumentnummer ist falsch (die Zone sagt %1, die Daten ergeben %2). Lesen Sie das Dokument erneut ein; es wurde nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Die Prüfziffer des Geburtsdatums ist falsch (die Zone sagt %1, die Daten ergeben %2). Lesen Sie das Dokument erneut ein; es wurde nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Die Prüfziffer des Ablaufdatums ist falsch (die Zone sagt %1, die Daten ergeben %2). Lesen Sie das Dokument erneut ein; es wurde nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Die Prüfziffer der persönlichen Nummer ist falsch (die Zone sagt %1, die Daten ergeben %2). Lesen Sie das Dokument erneut ein; es wurde nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Die Gesamtprüfziffer über die ganze Zone ist falsch (die Zone sagt %1, die Daten ergeben %2). Lesen Sie das Dokument erneut ein; es wurde nichts ausgefüllt.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>Das Geburtsdatum %1 in der Zone ist kein Datum.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>Das Ablaufdatum %1 in der Zone ist kein Datum.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>Das ist keine maschinenlesbare Zone: erwartet werden 2 Zeilen zu 44, 2 Zeilen zu 36 oder 3 Zeilen zu 30 Zeichen, gelesen wurden %1.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>Die Zone enthält Zeichen, die kein Pass verwendet: %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, gültig bis %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>Dokument und Profil weichen voneinander ab</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>Das gelesene Dokument (%1) weicht vom Profil von %2 ab. Wählen Sie für jedes Feld, was bleiben soll; gespeichert wird erst, wenn Sie das Profil speichern.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>Im Profil</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>Auf dem Dokument</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>Gewählte Werte &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>Profil &amp;lassen, wie es ist</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Neuer Gast</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>Kein Profil in Mews hat dieses Dokument oder diesen Namen und dieses Geburtsdatum: %1, geboren am %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>Ein neues Profil aus dem Dokument ausgefüllt anlegen? %1 wird beim Speichern hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Dokument nicht gelesen</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Stornogebühr</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Kursdifferenz</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Eigene Position</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Zuschlagsrabatt</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Produktbestellung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Steuerkorrektur</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Zimmer-Upgrade-Gebühr</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Rechnungsgebühr</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bargeld</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Forderungsausfall</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Rundungsdifferenz (Wechsel)</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bankgebühren</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Zusätzlich</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Ein gespeichertes Profil öffnen, um offene Posten zu sehen.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Offene Posten werden geladen…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Nichts offen: Der Gast schuldet nichts.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Offener Saldo: %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Marketing-E-Mails senden</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Auf Rechnung</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Keine Adresse auf der Rechnung</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Marketing per Post senden</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Partner-Marketing-E-Mails senden</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Partner-Marketing per Post senden</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Stimmt Kartenbelastung zu</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Zustimmung für Gastfoto einholen</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Zustimmung für Ausweisfotos einholen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Datum als %1 oder %2 eingeben, oder Alt+Pfeil nach unten für einen Kalender drücken.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Dokument von %1 gelesen (%2); der Gast wird in Mews gesucht…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>Der Gast konnte nicht gesucht werden; lesen Sie das Dokument erneut ein.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 zum Profil hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 ist bereits im Profil.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 im Profil nach dem Dokument korrigiert.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Lesen Sie das Dokument erneut ein, sobald das offene Profil gespeichert ist.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>Neues Profil aus dem Dokument ausgefüllt: vervollständigen und speichern.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk kann sein Fenster nicht öffnen, weil diesem System Bibliotheken fehlen, die Qt für X11 braucht (%1); installieren Sie sie als root mit &quot;apt install %2&quot; unter Debian oder Ubuntu oder mit &quot;dnf install %3&quot; unter Fedora.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk kann sein Fenster nicht öffnen, weil diesem System Bibliotheken fehlen, die Qt für X11 braucht (%1); installieren Sie als root die Pakete Ihres Systems, die sie enthalten.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk kann sein Fenster nicht öffnen, weil kein Bildschirm gesetzt ist (weder DISPLAY noch WAYLAND_DISPLAY): Starten Sie es aus einer Desktop-Sitzung oder setzen Sie DISPLAY auf den X-Server.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>diesem Profil</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Ohne Speichern gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Profil wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>Dieses Profil wurde in Mews geändert, nachdem Sie es geöffnet haben. Markierte Felder wurden auf beiden Seiten geändert; beim Speichern bleiben die anderen Änderungen erhalten, und die markierten Felder erhalten Ihre Werte.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>Dieses Profil wurde in Mews geändert, nachdem Sie es geöffnet haben. Beim Speichern bleiben diese Änderungen erhalten, und Ihre kommen hinzu.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Jetzt in Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Meine verwerfen, ihre laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>Dieser Gast hat vielleicht schon ein Profil</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Vor dem Anlegen eines neuen Profils prüfen, ob einer davon derselbe Gast ist.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews führt ein Profil pro E-Mail-Adresse. Für ein eigenes Profil abbrechen und zuerst die E-Mail-Adresse entfernen oder ändern.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Ausgewähltes Profil öffnen</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Überschreiben: Mews ersetzt die persönlichen Grunddaten (Anrede, Vorname, Nachname und die anderen ausgefüllten persönlichen Felder) des bestehenden Profils mit der E-Mail %1 durch Ihre Eingaben. Verlauf, Reservierungen und andere Angaben bleiben. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Profil mit dieser E-Mail überschreiben</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Trotzdem neues Profil anlegen</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Änderungen in Mews speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Neues Kundenprofil anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Gescannten Ausweis oder Dokument an dieses Profil anhängen</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Gastdaten exportieren…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Alles über diesen Gast Gespeicherte in JSON- und PDF-Dateien schreiben</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Offene Posten</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Ausweise</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>Ein neues Profil hat keine offenen Posten.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>Dieses Profil gibt es in Mews nicht mehr.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Bitte warten, bis das Profil gespeichert ist.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Vor dem Speichern die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews leert kein leeres Feld: Der alte Wert bleibt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>Dieses Profil gibt es in Mews nicht mehr; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Nicht gespeichert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Die aktuelle Fassung aus Mews wurde geladen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews kann über diese Verbindung kein Feld leeren, daher behielten diese ihren alten Wert: %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Profil angelegt.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>Nicht gespeichert. Das neue Profil ist noch da.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Bestehendes Profil überschrieben.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Ihre Änderungen sind noch da; erneut versuchen.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Zweiter Nachname</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Geburtsland</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Geburtsprovinz</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalität</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuer-ID</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Treuecode</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firmen-ID</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Abrechnungscode</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Buchungscode</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klassifizierungen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Car registration</source>
        <translation>Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Ernährungswünsche</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Empfängercode (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Steuernummer (Codice fiscale)</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Lotteriecode</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>Temporäre OTA-E-Mail</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Zimmerwünsche</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Sprache (abgeleitet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Set the birth date to not set</source>
        <translation>Geburtsdatum leeren</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Rechnung und Steuern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Italienische Codes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Nur Ziffern, Leerzeichen und + ( ) - / . verwenden, mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>Kein Datum: als %1 oder %2 eingeben.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>Geburtsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Geburtsdatum liegt vor 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Land aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>ISO-3166-2-Code verwenden, etwa DE-BY oder ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Kulturcode verwenden, etwa en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>Eine Firmen-ID sieht so aus: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>Ein Codice fiscale hat 16 Buchstaben und Ziffern (11 Ziffern bei Firmen).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>Ein Empfängercode hat 6 oder 7 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>Ein Lotteriecode hat 2 bis 15 Buchstaben und Ziffern.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Nichts zu suchen.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Verbindung wird hergestellt… Die Suche nach „%1“ beginnt, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Noch nicht verbunden. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId: %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Im Zimmer %1 wohnt gerade niemand.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>In diesem Zeitraum wurde kein Gastprofil geändert.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>Kein Gast namens „%1“.
Mews vergleicht ganze Namen: Schreibweise prüfen oder nur den Nachnamen versuchen.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>Kein Gast passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>Die Suche nach Zimmernummer ist für diese Verbindung noch nicht verfügbar. Suchen Sie stattdessen nach dem Namen.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Zeiten müssen in UTC sein.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Anfang.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews erlaubt höchstens 3 Monate zwischen Anfang und Ende.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Die ganze E-Mail-Adresse eingeben.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews kann nicht nach Telefonnummer suchen; nach Name, E-Mail oder Zimmer suchen.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Zu einem Profil zusammenführen, oder einen Gast auswählen, um sein Profil zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>Diese Gäste &amp;zusammenführen…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n Gast ausgewählt</numerusform>
            <numerusform>%n Gäste ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Noch nicht mit Mews verbunden. Zuerst eine Verbindung wählen.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>Für diese Verbindung fehlen die Tokens.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Eingebaute Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Die eingebaute Sandbox ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>ausgecheckt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>Hr.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Fr.</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Fr.</translation>
    </message>
</context>
</TS>
