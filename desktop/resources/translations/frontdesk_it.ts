<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>Indirizzo email non valido: %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>ID non valido (formato: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>Al massimo %1 indirizzi email alla volta.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>Al massimo %1 nomi alla volta.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>Al massimo %1 cognomi alla volta.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>Al massimo %1 codici fedeltà alla volta.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>Al massimo %1 ID alla volta.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>Al massimo %1 ID azienda alla volta.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>Stato sconosciuto: %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Seleziona almeno uno: profili attivi o eliminati.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Compila almeno un campo o un periodo; Mews non elenca tutti.</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchPanel</name>
    <message>
        <source>E&amp;mails</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Fi&amp;rst names</source>
        <translation>No&amp;mi</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Nomi esatti, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Cognomi</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>Codici &amp;fedeltà</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Codici, separati da virgole</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>&amp;ID clienti</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>ID, separati da virgole</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>ID &amp;aziende</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>ID aziende, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>C&amp;reati</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>Mo&amp;dificati</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>&amp;Eliminati</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>Profili a&amp;ttivi</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Profili el&amp;iminati</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Includi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Ce&amp;rca</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cance&amp;lla</translation>
    </message>
</context>
<context>
    <name>AttachFileDialog</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Allega un file</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Allega un file a %1</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>Un passaporto, una carta d&apos;identità o un modulo firmato scansionato. Scegli un file, trascinalo qui o incolla una scansione copiata dall&apos;app dello scanner.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Digita o incolla il percorso del file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Incolla scansione</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Usa l&apos;immagine o il file copiato negli appunti</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Riduci per l&apos;invio</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Salva l&apos;immagine come JPEG più leggero, riducendo la risoluzione solo se serve</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Nome in Mews:</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Caricamento… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annulla caricamento</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Scegli il file scansionato</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>Questo file è di %1, troppo grande per una scansione.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Non c&apos;è nessun file in questo percorso.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Questa è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Immagine incollata dagli appunti</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Gli appunti non contengono immagini né file.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>Non può essere allegato</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>Nessun file scelto.

Trascina qui un file.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Nessuna anteprima</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (max. %2 inviabili)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pagine:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixel:</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Troppo grande: %1, e si possono caricare al massimo %2.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Riducilo o scansionalo a una risoluzione più bassa.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Scansionalo di nuovo a risoluzione più bassa o in bianco e nero.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Riduzione dell&apos;immagine…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Anche molto ridotta, l&apos;immagine è troppo grande. Scansionala di nuovo.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Ridotto da %1 (%2) a %3 JPEG, %4 × %5 pixel.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>Non è stato possibile ridurre l&apos;immagine: %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Caricamento su Mews…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Troppo tardi per annullare: Mews ha già tutto il file. In attesa…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>“%1” allegato al profilo. ID file: %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Caricamento annullato. Non è stato allegato nulla.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews ha rifiutato il file perché troppo grande. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>Caricamento non riuscito: %1 Riprova.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Riprova caricamento</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Conto pagatore</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Lista nera (vecchia)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Programma fedeltà</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Reclamo precedente</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Ospite abituale</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Amico o parente</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Alta direzione</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Molto importante (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problematico</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Solo contanti</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Persona con disabilità</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militare</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnia aerea</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Conforme sanitario</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>In camera</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>In attesa di camera</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista di blocco</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Digita per cercare…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Sandbox integrata (dati demo, offline)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Demo Mews (struttura di prova pubblica)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews produzione</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Indirizzo personalizzato</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>Inserisci l&apos;indirizzo dell&apos;API, ad esempio https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>L&apos;indirizzo deve iniziare con https:// e indicare un host, ad esempio https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Sono accettati solo indirizzi https; http semplice solo per questo computer (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L&apos;indirizzo non deve contenere nome utente o password.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>L&apos;ID catena deve essere un UUID come 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Solo per token di portafoglio</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;stra</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Co&amp;nnetti a</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>In&amp;dirizzo API</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>Token c&amp;lient</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Token di acc&amp;esso</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>&amp;ID catena</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>Nessun archivio sicuro delle password trovato su questo computer (%1). I token restano solo fino alla chiusura di Frontdesk e andranno reinseriti la prossima volta. Non vengono mai scritti in un file.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Gira su questo computer</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Ospiti demo su questo computer; nulla esce da qui. Nessun token necessario.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>La struttura di prova pubblica di Mews. Non inserire mai dati reali degli ospiti.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>I dati reali della tua struttura. Usa i token forniti dal tuo amministratore Mews.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Qualsiasi indirizzo compatibile con Mews; solo https, tranne su questo computer.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Inserisci sia il token client sia il token di accesso.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>La sandbox si sta ancora avviando; riprova tra poco.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Connesso: indirizzo e token funzionano.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
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
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antartide</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa americane</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Isole Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaigian</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia-Erzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
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
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Paesi Bassi caraibici</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
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
        <translation>Isola Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Isole Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>Repubblica democratica del Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Repubblica Centrafricana</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>Repubblica del Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa d&apos;Avorio</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Isole Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Capo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isola di Natale</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Cechia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Gibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Repubblica Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidentale</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Figi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Isole Falkland (Malvine)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Isole Fær Øer</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyana francese</translation>
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
        <translation>Gibilterra</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
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
        <translation>Guadalupa</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea equatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Georgia del Sud e Isole Sandwich Australi</translation>
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
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Isole Heard e McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croazia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungheria</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israele</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isola di Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio britannico dell&apos;Oceano Indiano</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Giordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comore</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts e Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Isole Cayman</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libano</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Saint Lucia</translation>
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
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (Francia)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Isole Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Birmania</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Isole Marianne Settentrionali</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
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
        <translation>Maurizio</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambico</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nuova Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isola Norfolk</translation>
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
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvegia</translation>
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
        <translation>Nuova Zelanda</translation>
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
        <translation>Perù</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia francese</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Nuova Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippine</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre e Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Portorico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portogallo</translation>
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
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Isole Salomone</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sant&apos;Elena, Ascensione e Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovacchia</translation>
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
        <translation>Sudan del sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (Olanda)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Isole Turks e Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territori francesi meridionali</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tagikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Est</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad e Tobago</translation>
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
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Isole minori esterne degli Stati Uniti d&apos;America</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Santa Sede (Stato della Città del Vaticano)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent e Grenadine</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Isole Vergini, Regno Unito</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Isole Vergini, U.S.A.</translation>
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
        <translation>Wallis e Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>&amp;Columns</source>
        <extracomment>Room for the sort indicator and the section&apos;s margins around a column title.</extracomment>
        <translation>&amp;Colonne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Codice fedeltà</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classificazioni</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>Camera (in casa)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non assegnata</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Camera %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Quota delle richieste Mews usata ora (200 richieste ogni 30 secondi, condivisa da tutte le postazioni con il token della struttura).</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Nessuna connessione</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Avvio della sandbox integrata…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connesso: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connesso: %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Seleziona il testo, o fai clic destro su di esso, per copiarlo per l&apos;assistenza.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Richieste: %1% del limite</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>stesso numero di documento</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>stesso indirizzo e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>stesso numero di telefono</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>stesso nome e stessa data di nascita</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>stessa data di nascita</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, ma date di nascita diverse</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Stessa email</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Stessi nome e cognome</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Stessi cognome e data di nascita</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Trova duplicati</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Unisci questo gruppo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Ricerca di probabili duplicati tra i %1 profili caricati…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>La ricerca dei duplicati non è riuscita: %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>I gruppi in grigio hanno poco in comune (spesso solo il nome): controllali prima di unirli.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n profilo, punteggio %1: %2</numerusform>
            <numerusform>%n profili, punteggio %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>Il punteggio, da 0 a 100, dice quanto è certo che questi profili siano un solo ospite. Lo stesso numero di documento, indirizzo e-mail, numero di telefono o nome con data di nascita contano a favore; date di nascita diverse contano contro. I gruppi più certi sono in cima.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>Un gruppo di probabili duplicati</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 gruppi di probabili duplicati</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> tra i %2 profili caricati nell&apos;elenco. Scegli un gruppo e uniscilo, oppure lascialo se sono ospiti diversi.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>Nessun probabile duplicato tra i %1 profili caricati. Si controllano solo i profili caricati: amplia la ricerca per controllarne di più.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>&amp;Copia l&apos;intero messaggio</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (sconosciuto)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Allega file…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Allega all&apos;ospite un documento scansionato</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Unisci selezionati…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Unisci in uno due o più profili duplicati selezionati</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Trova &amp;duplicati…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews accetta documenti PDF e immagini BMP, GIF, JPEG, PNG o TIFF.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>Questo è un programma Windows, non un documento.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>Questo è un programma, non un documento.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>Questo è uno script, non un documento.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>Questo è un archivio ZIP o un documento Office. Salvalo o stampalo prima in PDF.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>Questo è un vecchio documento Office. Salvalo o stampalo prima in PDF.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>Questo è un documento RTF. Salvalo prima in PDF.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>Questa è una foto HEIC (iPhone). Esportala prima in JPEG.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>Questa è un&apos;immagine WebP. Salvala prima in JPEG o PNG.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>Questo è un archivio compresso, non un documento.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>Questa è una pagina web, non una scansione.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>Questo file non è un PDF né un&apos;immagine riconosciuta.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>Questa immagine è incompleta o danneggiata (finisce troppo presto). Scansionala di nuovo.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>Questo PDF è incompleto o danneggiato (manca il marcatore finale). Scansionalo o salvalo di nuovo.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>Questo file inizia come un PDF ma non ne ha la struttura. Scansionalo o salvalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>PDF document</source>
        <extracomment>Largest request body the desk sends; bigger files are shrunk or refused beforehand. Room left in the body for tokens, client name, ids and JSON punctuation. Longest file name sent; longer names are cut (Mews stores the name as a label). How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk). How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).</extracomment>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Immagine PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Immagine JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Immagine GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>Immagine BMP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Immagine TIFF</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>Questa immagine è danneggiata e non si apre. Scansionala di nuovo.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>Questo PDF è protetto da password e i colleghi non potrebbero aprirlo. Salvalo di nuovo senza password.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>Questo PDF è danneggiato e non si apre. Scansionalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Esporta i dati dell&apos;ospite</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Esporta i dati conservati su %1</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>Per la richiesta di un ospite di vedere i propri dati: scrive un file JSON e un PDF stampabile con il profilo, il suo indirizzo, i documenti d&apos;identità, le voci aperte e i file allegati in questa sessione.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Salva &amp;in:</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>Includi i numeri &amp;completi dei documenti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Chiu&amp;di</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Scegli dove salvare l&apos;esportazione</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Numeri completi dei documenti</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>Scrivere i numeri completi dei documenti d&apos;identità nell&apos;esportazione?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Solo dopo aver verificato che la richiesta provenga dall&apos;ospite. Chiunque riceva i file potrà leggere i numeri di passaporto e di documento dell&apos;ospite.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>Non c&apos;è nessuna cartella in questo percorso.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Lettura dei dati dell&apos;ospite da Mews…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Esportazione dei dati dell&apos;ospite</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Scrittura dei file…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Non è stato possibile scrivere i file: %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Scritti:
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>Non è stato possibile leggere i dati dell&apos;ospite: %1</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Paese di rilascio</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rilasciato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natura</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>ID del file</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Dati conservati su %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Esportato il %1 dalla reception. Questo è tutto ciò che la reception può leggere sull&apos;ospite tramite Mews: il profilo, il suo indirizzo, i documenti d&apos;identità, le voci aperte e i file allegati da questa postazione in questa sessione.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>I numeri dei documenti d&apos;identità sono riportati per intero, come confermato dalla reception.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>I numeri dei documenti d&apos;identità sono oscurati tranne gli ultimi caratteri.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documenti d&apos;identità</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Voci aperte</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>File allegati in questa sessione</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Addebito</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nulla di aperto.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Saldo aperto: %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Modifica documento d&apos;identità</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Aggiungi documento d&apos;identità</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>Come stampato; lascia vuoto se il paese non lo prevede</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numero:</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>Paese di rilascio:</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Città di rilascio:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Rilasciato il:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Scade il:</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Questo documento è scaduto.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Scegli il tipo di documento.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>La data di rilascio non è una data: digitala come %1 o %2.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>La data di scadenza non è una data: digitala come %1 o %2.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>La data di rilascio è nel futuro.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>Il documento scade prima del rilascio.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Passaporto</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carta d&apos;identità</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Patente</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentsView</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Paese di rilascio</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rilascio</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Questo documento è scaduto.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (scade presto)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Mostra numero</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Allega scansione…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>File allegati in questa sessione</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documenti d&apos;identità</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Caricamento documenti d&apos;identità…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>Nessun documento d&apos;identità in questo profilo.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Tutti i documenti di questo profilo sono scaduti.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>Impossibile caricare o salvare i documenti: %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Nascondi numero</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Aggiunta del documento…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Salvataggio del documento…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Elimina documento d&apos;identità</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>Eliminare %1 %2 da questo profilo? L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Eliminazione del documento…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — ID file %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>Ancora nessuno. Qui compaiono le scansioni allegate da questa postazione.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Salva prima il profilo; i documenti appartengono a un profilo salvato.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Arabo (Arabia Saudita)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabo (Emirati Arabi Uniti)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalano</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Ceco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danese</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Tedesco (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Tedesco (Svizzera)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Tedesco (Germania)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Moderno (1453-), Greco</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Inglese (Australia)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Inglese (Canada)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Inglese (Regno Unito)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Inglese (Irlanda)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Inglese (Stati Uniti)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spagnolo (Spagna)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spagnolo (Messico)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estone</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandese</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Francese (Belgio)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francese (Canada)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Francese (Svizzera)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Francese (Francia)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croato</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungherese</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesiano</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandese</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italiano (Svizzera)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italiano (Italia)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettone</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvegese bokmål</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Olandese (Belgio)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Olandese (Paesi Bassi)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portoghese (Brasile)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portoghese (Portogallo)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovacco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Sloveno</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbo</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svedese</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailandese</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Cinese (semplificato)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Cinese (tradizionale)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Predefinita di &amp;sistema</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Effettivo al riavvio di Frontdesk</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk si avvierà in %1 la prossima volta.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk seguirà la lingua di sistema dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Ultime &amp;24 ore</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Ultimi &amp;7 giorni</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Ultimi &amp;30 giorni</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>Ultimi 3 &amp;mesi</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Trova un ospite: nome, email, camera, codice fedeltà o ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Trova un ospite</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;vanzata</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>&amp;Modificati di recente</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Filtra questi risultati</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connessione…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Ospiti</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>&amp;Trova ospite</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>&amp;Cancella ricerca</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>A&amp;perti di recente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>Ricerca a&amp;vanzata</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>Nessun archivio sicuro: i token restano fino alla chiusura di Frontdesk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln ospite</numerusform>
            <numerusform>%Ln ospiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Profili modificati nell&apos;ultimo giorno</numerusform>
            <numerusform>Profili modificati negli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 di %Ln ospite</numerusform>
            <numerusform>%1 di %Ln ospiti</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>Profili aggiornati nelle ultime 24 ore</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Ricerca avanzata: %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 per “%2”</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, altri si caricano scorrendo</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1: ricerca in corso…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Ricerca di “%1”…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 finora, ricerca ancora in corso…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 — forse incompleto: una parte della ricerca non è riuscita. Aggiorna (Ctrl+R) per riprovare.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Digita nome, email, numero di camera o codice fedeltà di un ospite, poi premi Invio.
Ctrl+F porta qui da qualsiasi punto.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>Nessun ospite caricato corrisponde al filtro.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>Nessun ospite aperto</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Codice fedeltà</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classificazioni</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>Documenti d’identità</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo aperto</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>niente di aperto</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (mantenuto)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (scompare)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Clicca per mantenere questo profilo</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Unisci profili duplicati</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Mantieni questo profilo:</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Verde: il profilo che resta. Giallo: un valore diverso. Clicca sul titolo di una colonna per mantenere invece quel profilo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Scegli almeno due profili da unire.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Troppi profili per un&apos;unica unione.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Caricamento dei profili…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>Impossibile caricare i profili: %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Alcuni profili non esistono più o sono già stati uniti. Aggiorna l&apos;elenco.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>Impossibile caricare i documenti d’identità e il saldo aperto: %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>L&apos;unione è irreversibile. L&apos;altro profilo confluirà nel profilo di %1, che mantiene il suo ID; soggiorni e storico dell&apos;ospite lo seguono. Controlla poi il profilo mantenuto: i dati presenti solo nell&apos;altro profilo potrebbero non essere copiati.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>L&apos;unione è irreversibile. Gli altri %n profili confluiranno nel profilo di %1, che mantiene il suo ID; soggiorni e storico dell&apos;ospite lo seguono. Controlla poi il profilo mantenuto: i dati presenti solo negli altri profili potrebbero non essere copiati.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>Unisci %1 profili in %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Unione in corso…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>L&apos;unione non è riuscita: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>La cifra di controllo del numero del documento è errata (la zona riporta %1, i dati danno %2). Rileggi il documento; non è stato compilato nulla.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>La cifra di controllo della data di nascita è errata (la zona riporta %1, i dati danno %2). Rileggi il documento; non è stato compilato nulla.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>La cifra di controllo della data di scadenza è errata (la zona riporta %1, i dati danno %2). Rileggi il documento; non è stato compilato nulla.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>La cifra di controllo del numero personale è errata (la zona riporta %1, i dati danno %2). Rileggi il documento; non è stato compilato nulla.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>La cifra di controllo complessiva della zona è errata (la zona riporta %1, i dati danno %2). Rileggi il documento; non è stato compilato nulla.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>La data di nascita %1 nella zona non è una data.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>La data di scadenza %1 nella zona non è una data.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>Questa non è una zona a lettura ottica: attese 2 righe da 44, 2 righe da 36 o 3 righe da 30 caratteri, lette %1.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>La zona contiene caratteri che nessun passaporto usa: %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, valido fino al %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>Il documento e il profilo non coincidono</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>Il documento letto (%1) non coincide con il profilo di %2. Scegli per ogni campo cosa tenere; nulla viene salvato finché non salvi il profilo.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>Nel profilo</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>Sul documento</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>&amp;Usa i valori scelti</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>&amp;Lascia il profilo com&apos;è</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nuovo ospite</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>Nessun profilo in Mews ha questo documento, o questo nome e questa data di nascita: %1, nato/a il %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>Creare un nuovo profilo compilato dal documento? %1 viene aggiunto quando lo salvi.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nuovo profilo</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Documento non letto</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Addebitato</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>In verifica</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Penale di cancellazione</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Riduzione</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Differenza di cambio</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Voce personalizzata</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Supplemento</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Sconto sul supplemento</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Ordine di prodotto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Correzione fiscale</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Supplemento upgrade camera</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Costo di fatturazione</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carta di credito</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fattura</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non specificato</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Crediti inesigibili</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Differenza di arrotondamento del cambio</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Spese bancarie</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Assegno</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Aggiuntivo</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Addebito</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Apri un profilo salvato per vedere le voci aperte.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Caricamento voci aperte…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Niente di aperto: l&apos;ospite non deve nulla.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Saldo aperto: %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Invia email di marketing</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Fatturabile</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Niente indirizzo in fattura</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Invia posta di marketing</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Invia email dei partner</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Invia posta dei partner</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Consente l&apos;addebito su carta</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Chiedi consenso per una foto</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Chiedi consenso per foto dei documenti</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Digita la data come %1 o %2, oppure premi Alt+Giù per un calendario.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Letto il documento di %1 (%2); ricerca dell&apos;ospite in Mews…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>Non è stato possibile cercare l&apos;ospite; rileggi il documento.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 aggiunto al profilo.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 è già nel profilo.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 nel profilo corretto in base al documento.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Rileggi il documento quando il profilo aperto è stato salvato.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>Nuovo profilo compilato dal documento: completalo e salvalo.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk non può aprire la sua finestra perché in questo sistema mancano librerie necessarie a Qt per X11 (%1); installale come root con &quot;apt install %2&quot; su Debian o Ubuntu, oppure con &quot;dnf install %3&quot; su Fedora.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk non può aprire la sua finestra perché in questo sistema mancano librerie necessarie a Qt per X11 (%1); installa come root i pacchetti del tuo sistema che le forniscono.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk non può aprire la sua finestra perché non è impostato alcun display (né DISPLAY né WAYLAND_DISPLAY): avvialo da una sessione desktop, oppure imposta DISPLAY su quello del server X.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Salvare le modifiche a %1?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>questo profilo</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Se non salvi, le modifiche andranno perse.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Profilo modificato da qualcun altro</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>Questo profilo è stato modificato in Mews dopo che lo hai aperto. I campi evidenziati sono stati modificati da entrambe le parti; salvando si mantengono le altre modifiche e i campi evidenziati prendono i tuoi valori.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>Questo profilo è stato modificato in Mews dopo che lo hai aperto. Salvando si mantengono quelle modifiche e si aggiungono le tue.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>All&apos;apertura</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Ora in Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>Dopo il salvataggio</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Salva le mie modifiche</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Scarta le mie, carica le loro</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>Questo ospite potrebbe avere già un profilo</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Prima di creare un nuovo profilo, verifica se uno di questi è lo stesso ospite.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews tiene un solo profilo per indirizzo email. Per un profilo separato, annulla e rimuovi o cambia prima l&apos;email.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Apri il profilo selezionato</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Sovrascrivi: Mews sostituisce i dati personali di base (titolo, nome, cognome e gli altri campi personali compilati) del profilo esistente con l&apos;email %1 con quanto inserito. Storico, prenotazioni e altri dati restano. L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Sovrascrivi il profilo con questa email</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Crea comunque un nuovo profilo</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Salva le modifiche in Mews (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Salva profilo</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuovo cliente</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Aggiungi un nuovo profilo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Allega a questo profilo un documento scansionato</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Esporta i dati dell&apos;ospite…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Scrivi tutto ciò che è conservato su questo ospite in file JSON e PDF</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Voci aperte</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>Un nuovo profilo non ha voci aperte.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Caricamento profilo…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>Questo profilo non esiste più in Mews.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Attendi il salvataggio del profilo.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Correggi i campi evidenziati prima di salvare.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews non svuota un campo lasciato vuoto: resta il vecchio valore.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>Questo profilo non esiste più in Mews; nulla è stato salvato.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Non salvato. Le modifiche sono ancora qui.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Caricata la versione attuale in Mews; le tue modifiche sono state scartate.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews non può svuotare campi con questa connessione, quindi questi mantengono il vecchio valore: %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Profilo creato.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>Non salvato. Il nuovo profilo è ancora qui.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Profilo esistente sovrascritto.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Le modifiche sono ancora qui; riprova.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Secondo cognome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Paese di nascita</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Provincia di nascita</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Professione</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Indirizzo riga 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Indirizzo riga 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Regione / provincia</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Codice fedeltà</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID azienda</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Codice fatturazione</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Codice contabile</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classificazioni</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Car registration</source>
        <translation>Targa</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Esigenze alimentari</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Codice destinatario (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Codice lotteria</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Catena</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>Email OTA temporanea</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Unito in</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Preferenze camera</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Lingua (derivata)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Set the birth date to not set</source>
        <translation>Togli la data di nascita</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Fatturazione e fisco</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Codici italiani</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>Il cognome è obbligatorio.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Indirizzo email non valido.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Solo cifre, spazi e + ( ) - / ., almeno 4 cifre.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>Non è una data: digitala come %1 o %2.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>La data di nascita non può essere futura.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Data di nascita prima del 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Al massimo 255 caratteri.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Scegli un paese dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>Usa un codice ISO 3166-2 come DE-BY o ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Usa un codice lingua come en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>Un ID azienda è simile a 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>Il codice fiscale ha 16 lettere e cifre (11 cifre per un&apos;azienda).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>Il codice destinatario ha 6 o 7 lettere e cifre.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>Il codice lotteria ha da 2 a 15 lettere e cifre.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Niente da cercare.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Connessione in corso… La ricerca di «%1» partirà appena la connessione sarà pronta.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Non ancora connesso. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Ricerca di “%1”…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Ricerca non riuscita: %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId: %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Nessuno alloggia ora nella camera %1.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>Nessun profilo ospite modificato in quel periodo.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>Nessun ospite di nome “%1”.
Mews confronta nomi interi: controlla l&apos;ortografia o prova solo il cognome.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>Nessun ospite corrisponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>La ricerca per numero di camera non è ancora disponibile su questa connessione. Cerca per nome.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Gli orari devono essere in UTC.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fine è prima dell&apos;inizio.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews consente al massimo 3 mesi tra inizio e fine.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Digita l&apos;indirizzo email completo.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews non cerca per telefono; cerca per nome, email o camera.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Uniscili in un unico profilo, oppure seleziona un ospite per vederlo e modificarlo.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>&amp;Unisci questi ospiti…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n ospite selezionato</numerusform>
            <numerusform>%n ospiti selezionati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Non ancora connesso a Mews. Scegli prima una connessione.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>Mancano i token per questa connessione.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Avvio della sandbox integrata…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>La sandbox integrata non si è avviata: %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Donna</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>arrivato</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>in arrivo</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>partito</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opzionale</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>richiesta info</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>richiesta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancellata</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>Sig.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Sig.ra</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Sig.ra</translation>
    </message>
</context>
</TS>
