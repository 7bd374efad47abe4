<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>Neplatný e-mail: %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>Neplatné ID (vypadá takto: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>Nejvýše %1 e-mailů najednou.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>Nejvýše %1 jmen najednou.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>Nejvýše %1 příjmení najednou.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>Nejvýše %1 věrnostních kódů najednou.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>Nejvýše %1 ID najednou.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>Nejvýše %1 ID firem najednou.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>Neznámý stav: %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Zaškrtněte aspoň jedno: aktivní nebo smazané profily.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Vyplňte aspoň jedno pole nebo období; Mews nevypíše všechny.</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchPanel</name>
    <message>
        <source>E&amp;mails</source>
        <translation>E-&amp;maily</translation>
    </message>
    <message>
        <source>Fi&amp;rst names</source>
        <translation>&amp;Jména</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Přesná jména oddělená čárkami</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Příjmení</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>&amp;Věrnostní kódy</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Kódy oddělené čárkami</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>&amp;ID zákazníků</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>ID oddělená čárkami</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>ID &amp;firem</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>ID firem oddělená čárkami</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>&amp;Vytvořeno</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>&amp;Změněno</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>&amp;Smazáno</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>&amp;Aktivní profily</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Sma&amp;zané profily</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Zahrnout</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Vymazat</translation>
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
        <translation>Přiložit soubor</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Přiložit soubor k %1</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>Naskenovaný pas, občanský průkaz nebo podepsaný formulář. Vyberte soubor, přetáhněte ho sem nebo vložte sken zkopírovaný z aplikace skeneru.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Zadejte nebo vložte cestu k souboru</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Vložit sken</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Použít obrázek nebo soubor ze schránky</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Velikost:</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Zmenšit, aby se vešel</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Uložit obrázek jako menší JPEG a snížit rozlišení jen podle potřeby</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Název v Mews:</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Nahrávání… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Zrušit nahrávání</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Nahrát</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Vyberte naskenovaný soubor</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>Soubor má %1, na sken je příliš velký.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Na této cestě žádný soubor není.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Toto je složka, ne soubor.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Soubor nelze přečíst: %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Obrázek vložený ze schránky</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Ve schránce není obrázek ani soubor.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>Nelze přiložit</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>Zatím není vybrán soubor.

Přetáhněte ho sem.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Bez náhledu</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (lze odeslat až %2)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Stránky:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixely:</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Příliš velký: %1, nahrát lze nejvýše %2.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Zmenšete ho, nebo naskenujte v nižším rozlišení.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Naskenujte znovu v nižším rozlišení nebo černobíle.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Zmenšuji obrázek…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Ani po silném zmenšení se obrázek nevejde. Naskenujte ho znovu.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Zmenšeno z %1 (%2) na %3 JPEG, %4 × %5 pixelů.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>Obrázek se nepodařilo zmenšit: %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Nahrávání do Mews…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Na zrušení je pozdě: Mews už má celý soubor. Čekám…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruším…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>„%1“ přiloženo k profilu. ID souboru: %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Nahrávání zrušeno. Nic nebylo přiloženo.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews soubor odmítl jako příliš velký. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>Nahrání selhalo: %1 Zkuste to znovu.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Nahrát znovu</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Sběrný účet</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Černá listina (stará)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Věrnostní program</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Dřívější stížnost</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Stálý host</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Zaměstnanec</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Přítel nebo rodina</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Vedení</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Důležitý</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Velmi důležitý (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problémový</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Pouze hotově</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Osoba se zdravotním postižením</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Voják</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Letecká společnost</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Splňuje zdravotní požadavky</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>Na pokoji</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>Čeká na pokoj</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Blokovaní</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Nezadáno</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Pište pro hledání…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Vestavěný sandbox (ukázková data, offline)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Demo Mews (veřejný testovací hotel)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews produkce</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Vlastní adresa</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>Zadejte adresu API, například https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>Adresa musí začínat https:// a uvádět hostitele, například https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Přijímají se jen adresy https; prosté http jen pro tento počítač (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Adresa nesmí obsahovat uživatelské jméno ani heslo.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>ID řetězce musí být UUID, např. 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Jen pro tokeny portfolia</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Připojit &amp;k</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>A&amp;dresa API</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>K&amp;lientský token</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Př&amp;ístupový token</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>ID ř&amp;etězce</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>&amp;Otestovat připojení</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Připojit</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>Na tomto počítači nebylo nalezeno bezpečné úložiště hesel (%1). Tokeny zůstanou jen do zavření Frontdesku a příště je bude nutné zadat znovu. Nikdy se nezapisují do souboru.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Běží na tomto počítači</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Ukázkoví hosté na tomto počítači; nic z něj neodchází. Tokeny nejsou třeba.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>Veřejný testovací hotel Mews. Nikdy tam nezadávejte skutečná data hostů.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>Skutečná data vašeho hotelu. Použijte tokeny od správce Mews.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Libovolná adresa kompatibilní s Mews; jen https, kromě tohoto počítače.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Skrýt</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Zadejte klientský i přístupový token.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>Sandbox se ještě spouští; zkuste to za chvíli.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testuji…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Připojeno: adresa i tokeny fungují.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
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
        <translation>Spojené arabské emiráty</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghánistán</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua a Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albánie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktida</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Americká Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakousko</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Austrálie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Ålandské ostrovy</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Ázerbájdžán</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosna a Hercegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladéš</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgie</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulharsko</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrajn</translation>
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
        <translation>Svatý Bartoloměj</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudy</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunej</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolívie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Svatý Eustach a Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazílie</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamy</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhútán</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvetův ostrov</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bělorusko</translation>
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
        <translation>Kokosové ostrovy</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>Konžská demokratická republika</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Středoafrická republika</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>Konžská republika</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Švýcarsko</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Pobřeží slonoviny</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookovy ostrovy</translation>
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
        <translation>Čína</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbie</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Kostarika</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Kapverdské ostrovy</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Vánoční ostrov</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kypr</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Německo</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Džibutsko</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dánsko</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominika</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikánská republika</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Alžírsko</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ekvádor</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonsko</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypt</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Západní Sahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Španělsko</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finsko</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidži</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falkandské ostrovy (Malvíny)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Faerské ostrovy</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francie</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Spojené království</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gruzie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Francouzská Guayana</translation>
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
        <translation>Grónsko</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
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
        <translation>Rovníková Guinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Řecko</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Jižní Georgie a Jižní Sandwichovy ostrovy</translation>
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
        <translation>Heardův a McDonaldovy ostrovy</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvatsko</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Maďarsko</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irsko</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Izrael</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Ostrov Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indie</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britské indickooceánské území</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irák</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Írán</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Itálie</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamajka</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordánsko</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japonsko</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Keňa</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodža</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komory</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Svatý Kryštof a Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Severní Korea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Jižní Korea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuvajt</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Kajmanské ostrovy</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazachstán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laoská lidově demokratická republika</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Svatá Lucie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Lichtenštejnsko</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Šrí Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Libérie</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litva</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Lucembursko</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lotyšsko</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monako</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavsko</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Černá Hora</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Svatý Martin (francouzská část)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallovy ostrovy</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Severní Makedonie</translation>
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
        <translation>Mongolsko</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Severní Mariany</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinik</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritánie</translation>
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
        <translation>Mauricius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maledivy</translation>
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
        <translation>Malajsie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nová Kaledonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkský ostrov</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigérie</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nikaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nizozemsko</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norsko</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepál</translation>
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
        <translation>Nový Zéland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
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
        <translation>Francouzská Polynésie</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Nová Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipíny</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pákistán</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polsko</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Svatý Pierre a Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairnovy ostrovy</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Portoriko</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestinský stát</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugalsko</translation>
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
        <translation>Rumunsko</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Srbsko</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ruská federace</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saúdská Arábie</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Šalamounovy ostrovy</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychely</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Súdán</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Švédsko</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Svatá Helena, Ascension a Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovinsko</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard a Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
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
        <translation>Somálsko</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Jižní Súdán</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Svatý Tomáš a Princův ostrov</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Svatý Martin (nizozemská část)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Sýrie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Svazijsko</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks a Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Čad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Francouzská jižní území</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thajsko</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tádžikistán</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Východní Timor</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisko</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turecko</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad a Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Tchaj-wan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzánie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajina</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Menší odlehlé ostrovy Spojených států</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Spojené státy</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Svatý stolec (Vatikánský městský stát)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Svatý Vincenc a Grenadiny</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Bolívarovská republika Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Panenské ostrovy, britské</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Panenské ostrovy, americké</translation>
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
        <translation>Wallis a Futuna</translation>
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
        <translation>Jihoafrická republika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
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
        <translation>&amp;Sloupce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Státní občanství</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Věrnostní kód</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klasifikace</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>Pokoj (ubytován)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Poslední změna</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(bez jména)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nepřidělen</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Pokoj %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Aktuálně využitá část limitu požadavků Mews (200 požadavků za 30 sekund, sdílí ho všechny recepce s tokenem hotelu).</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Bez připojení</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nepřipojeno</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Spouštím vestavěný sandbox…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Připojování k %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Připojeno: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nepřipojeno: %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Text označte nebo na něj klikněte pravým tlačítkem a zkopírujte ho pro podporu.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Požadavky: %1 % limitu</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>stejné číslo dokladu</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>stejný e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>stejné telefonní číslo</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>stejné jméno a datum narození</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stejné jméno</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>stejné datum narození</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, ale různá data narození</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Stejný e-mail</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Stejné jméno a příjmení</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Stejné příjmení a datum narození</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Najít duplicity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Sloučit tuto skupinu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Hledám pravděpodobné duplicity mezi načtenými profily (%1)…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>Hledání duplicit selhalo: %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>Šedé skupiny mají málo společného (často jen jméno): před sloučením je zkontrolujte.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n profil, skóre %1: %2</numerusform>
            <numerusform>%n profily, skóre %1: %2</numerusform>
            <numerusform>%n profilů, skóre %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>Skóre od 0 do 100 říká, jak jistě jsou tyto profily jeden host. Pro hovoří stejné číslo dokladu, e-mail, telefonní číslo nebo jméno s datem narození, proti různá data narození. Nejjistější skupiny jsou nahoře.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>Jedna skupina pravděpodobných duplicit</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>Skupiny pravděpodobných duplicit: %1</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> mezi %2 profily načtenými v seznamu. Vyberte skupinu a slučte ji, nebo ji nechte, pokud jde o různé hosty.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>Mezi %1 načtenými profily nejsou pravděpodobné duplicity. Kontrolují se jen načtené profily: pro víc hledejte šířeji.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>&amp;Zkopírovat celou zprávu</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (neznámé)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Přiložit soubor…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Přiložit k hostovi naskenovaný doklad nebo dokument</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Sloučit vybrané…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Sloučit dva či více vybraných duplicitních profilů do jednoho</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Najít &amp;duplicity…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews přijímá dokumenty PDF a obrázky BMP, GIF, JPEG, PNG nebo TIFF.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>Toto je program pro Windows, ne dokument.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>Toto je program, ne dokument.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>Toto je skript, ne dokument.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>Toto je archiv ZIP nebo dokument Office. Nejprve ho uložte nebo vytiskněte do PDF.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>Toto je starý dokument Office. Nejprve ho uložte nebo vytiskněte do PDF.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>Toto je dokument RTF. Nejprve ho uložte do PDF.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>Toto je fotka HEIC (iPhone). Nejprve ji exportujte do JPEG.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>Toto je obrázek WebP. Nejprve ho uložte jako JPEG nebo PNG.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>Toto je komprimovaný archiv, ne dokument.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Soubor je prázdný.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>Toto je webová stránka, ne sken.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>Tento soubor není PDF ani rozpoznaný obrázek.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>Tento obrázek je neúplný nebo poškozený (končí příliš brzy). Naskenujte ho znovu.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>Toto PDF je neúplné nebo poškozené (chybí koncová značka). Naskenujte nebo uložte ho znovu.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>Soubor začíná jako PDF, ale nemá strukturu PDF. Naskenujte nebo uložte ho znovu.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>PDF document</source>
        <extracomment>Largest request body the desk sends; bigger files are shrunk or refused beforehand. Room left in the body for tokens, client name, ids and JSON punctuation. Longest file name sent; longer names are cut (Mews stores the name as a label). How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk). How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).</extracomment>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Obrázek PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Obrázek JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Obrázek GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>Obrázek BMP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Obrázek TIFF</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>Obrázek je poškozený a nelze ho otevřít. Naskenujte ho znovu.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>Toto PDF je chráněné heslem, kolegové by ho neotevřeli. Uložte ho znovu bez hesla.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>Toto PDF je poškozené a nelze ho otevřít. Naskenujte ho znovu.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Export údajů hosta</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Exportovat údaje uložené o hostovi %1</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>Pro žádost hosta o nahlédnutí do jeho údajů: zapíše soubor JSON a tisknutelné PDF s profilem, jeho adresou, doklady totožnosti, otevřenými položkami a soubory přiloženými v této relaci.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Uložit &amp;do:</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>Zahrnout &amp;celá čísla dokladů</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavřít</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportovat</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Vyberte, kam export uložit</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Celá čísla dokladů</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>Zapsat do exportu celá čísla dokladů totožnosti?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Jen pokud jste ověřili, že žádost pochází od hosta. Kdokoli soubory získá, pak přečte čísla hostova pasu a občanského průkazu.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>Na této cestě není žádná složka.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Načítají se údaje hosta z Mews…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Export údajů hosta</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Zapisují se soubory…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Soubory se nepodařilo zapsat: %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Zapsáno:
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>Údaje hosta se nepodařilo načíst: %1</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Země vydání</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydáno</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Platnost do</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Přiloženo</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>ID souboru</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Údaje uložené o hostovi %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Exportováno %1 na recepci. Toto je vše, co recepce může o hostovi přečíst přes Mews: profil, jeho adresa, doklady totožnosti, otevřené položky a soubory přiložené z této recepce v této relaci.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>Čísla dokladů totožnosti jsou uvedena celá, jak potvrdila recepce.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>Čísla dokladů totožnosti jsou skryta kromě posledních znaků.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Doklady totožnosti</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Otevřené položky</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Soubory přiložené v této relaci</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Žádné.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Poplatek</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nic otevřeného.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Otevřený zůstatek: %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Upravit doklad totožnosti</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Přidat doklad totožnosti</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>Jak je vytištěno; nechte prázdné, pokud země žádné nemá</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Číslo:</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>Země vydání:</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Místo vydání:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Vydáno dne:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Platí do:</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Platnost dokladu vypršela.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Vyberte druh dokladu.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>Datum vydání není datum: zadejte ho jako %1 nebo %2.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>Datum platnosti není datum: zadejte ho jako %1 nebo %2.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>Datum vydání je v budoucnosti.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>Doklad vyprší dřív, než byl vydán.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Cestovní pas</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Občanský průkaz</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Vízum</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Řidičský průkaz</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentsView</name>
    <message>
        <source>Type</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Země vydání</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydáno</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Platnost dokladu vypršela.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádné)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (propadlý)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (brzy vyprší)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Smazat…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Zobrazit číslo</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Přiložit sken…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Přiložit soubor…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Soubory přiložené v této relaci</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Doklady totožnosti</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Načítám doklady totožnosti…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>Profil nemá žádné doklady totožnosti.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Všem dokladům v profilu vypršela platnost.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>Doklady nelze načíst ani uložit: %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Skrýt číslo</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Přidávám doklad…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Ukládám doklad…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Smazat doklad totožnosti</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>Smazat z profilu doklad %1 %2? Nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Mažu doklad…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — ID souboru %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>Zatím nic. Zde se objeví skeny přiložené z této recepce.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Nejprve profil uložte; doklady patří k uloženému profilu.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Arabština (Saúdská Arábie)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabština (Spojené arabské emiráty)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulharština</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalánština</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Čeština</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dánština</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Němčina (Rakousko)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Němčina (Švýcarsko)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Němčina (Německo)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Řečtina, moderní (1453-)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Angličtina (Austrálie)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Angličtina (Kanada)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Angličtina (Spojené království)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Angličtina (Irsko)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Angličtina (Spojené státy)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Španělština (Španělsko)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Španělština (Mexiko)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonština</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finština</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Francouzština (Belgie)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francouzština (Kanada)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Francouzština (Švýcarsko)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Francouzština (Francie)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebrejština</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindština</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Chorvatština</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Maďarština</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonézština</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandština</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italština (Švýcarsko)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italština (Itálie)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonština</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korejština</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litevština</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Litevština</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norština (bokmål)</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Holandština (Belgie)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Holandština (Nizozemsko)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polština</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugalština (Brazílie)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugalština (Portugalsko)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumunština</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruština</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovenština</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovinština</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Srbština</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Švédština</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thajština</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turečtina</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrajinština</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamština</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Čínština (zjednodušená)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Čínština (tradiční)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Podle &amp;systému</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Projeví se po restartu Frontdesku</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk se příště spustí v jazyce %1.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk se od příštího spuštění bude řídit jazykem systému.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Posledních &amp;24 hodin</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Posledních &amp;7 dní</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Posledních &amp;30 dní</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>Poslední 3 &amp;měsíce</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Najít hosta: jméno, e-mail, pokoj, věrnostní kód nebo ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Najít hosta</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Rozšířené</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>&amp;Nedávno změněné</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Filtrovat tyto výsledky</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Připojení…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Hosté</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>&amp;Najít hosta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>&amp;Vymazat hledání</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Nedávno o&amp;tevřené</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazit</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>&amp;Rozšířené hledání</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>Chybí bezpečné úložiště: tokeny zůstanou do zavření Frontdesku.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln host</numerusform>
            <numerusform>%Ln hosté</numerusform>
            <numerusform>%Ln hostů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Profily změněné za poslední %n den</numerusform>
            <numerusform>Profily změněné za poslední %n dny</numerusform>
            <numerusform>Profily změněné za posledních %n dní</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 z %Ln hosta</numerusform>
            <numerusform>%1 z %Ln hostů</numerusform>
            <numerusform>%1 z %Ln hostů</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>Profily změněné za posledních 24 hodin</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Rozšířené hledání: %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 pro „%2“</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, další se načtou při posunu</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1: hledá se…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Hledá se „%1“…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 zatím, hledání pokračuje…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 — možná neúplné: část hledání selhala. Obnovit (Ctrl+R) to zkusí znovu.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Zadejte jméno, e-mail, číslo pokoje nebo věrnostní kód hosta a stiskněte Enter.
Ctrl+F sem skočí odkudkoli.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>Filtru neodpovídá žádný načtený host.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>Zatím nebyl otevřen žádný host</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Oslovení</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Státní občanství</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Věrnostní kód</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klasifikace</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Číslo zákazníka</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Naposledy změněno</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>Doklady totožnosti</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Otevřený zůstatek</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nic otevřeného</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(bez jména)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (zůstane)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (zanikne)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Kliknutím ponecháte tento profil</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Sloučit duplicitní profily</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Ponechat tento profil:</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Zelená: profil, který zůstane. Žlutá: odlišná hodnota. Kliknutím na záhlaví sloupce ponecháte ten profil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Vyberte ke sloučení aspoň dva profily.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Příliš mnoho profilů pro jedno sloučení.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Načítám profily…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>Profily nelze načíst: %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Některé profily už neexistují nebo byly sloučeny. Obnovte seznam.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>Doklady totožnosti a otevřený zůstatek se nepodařilo načíst: %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>Sloučení nelze vrátit. Druhý profil zanikne v profilu %1, který si ponechá své ID; pobyty a historie hosta přejdou s ním. Poté zkontrolujte ponechaný profil: údaje, které má jen druhý profil, se nemusí přenést.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>Sloučení nelze vrátit. Ostatní profily (%n) zaniknou v profilu %1, který si ponechá své ID; pobyty a historie hosta přejdou s ním. Poté zkontrolujte ponechaný profil: údaje, které mají jen ostatní profily, se nemusí přenést.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>Sloučit profily (%1) do %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Slučuji…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>Sloučení se nezdařilo: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>Kontrolní číslice čísla dokladu je chybná (zóna uvádí %1, z dat vychází %2). Načtěte doklad znovu; nic nebylo vyplněno.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Kontrolní číslice data narození je chybná (zóna uvádí %1, z dat vychází %2). Načtěte doklad znovu; nic nebylo vyplněno.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Kontrolní číslice data platnosti je chybná (zóna uvádí %1, z dat vychází %2). Načtěte doklad znovu; nic nebylo vyplněno.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Kontrolní číslice osobního čísla je chybná (zóna uvádí %1, z dat vychází %2). Načtěte doklad znovu; nic nebylo vyplněno.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Souhrnná kontrolní číslice celé zóny je chybná (zóna uvádí %1, z dat vychází %2). Načtěte doklad znovu; nic nebylo vyplněno.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>Datum narození %1 v zóně není platné datum.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>Datum platnosti %1 v zóně není platné datum.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>Toto není strojově čitelná zóna: očekávány 2 řádky po 44, 2 řádky po 36 nebo 3 řádky po 30 znacích, načteno %1.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>Zóna obsahuje znaky, které žádný cestovní doklad nepoužívá: %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, platný do %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>Doklad a profil se liší</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>Načtený doklad (%1) se liší od profilu hosta %2. U každého pole vyberte, co ponechat; nic se neuloží, dokud profil neuložíte.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>V profilu</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>Na dokladu</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>&amp;Použít vybrané hodnoty</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>Ponechat profil &amp;beze změn</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nový host</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>Žádný profil v Mews nemá tento doklad ani toto jméno a datum narození: %1, narozen(a) %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>Založit nový profil vyplněný z dokladu? %1 se k němu přidá, až ho uložíte.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nový profil</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Doklad nenačten</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Otevřeno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Uzavřeno</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Zaúčtováno</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Ověřuje se</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Storno poplatek</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Sleva</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Záloha</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Kurzový rozdíl</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Vlastní položka</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Příplatek</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Sleva z příplatku</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Ubytování</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Objednávka produktu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Jiné</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Daňová oprava</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Poplatek za lepší pokoj</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Poplatek za fakturu</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Platební karta</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Hotovost</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Neurčeno</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Nedobytné pohledávky</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Bankovní převod</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Rozdíl ze zaokrouhlení kurzu</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bankovní poplatky</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Šek</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Služba</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Doplňkové</translation>
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
        <translation>Druh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Platba</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Položka</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Otevřete uložený profil a uvidíte otevřené položky.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Načítám otevřené položky…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Nic otevřeného: host nic nedluží.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Otevřený zůstatek: %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Posílat marketingové e-maily</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Lze fakturovat</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Bez adresy na účtu</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Posílat marketingovou poštu</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Posílat e-maily partnerů</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Posílat poštu partnerů</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Souhlasí se stržením z karty</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Žádat souhlas s fotkou hosta</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Žádat souhlas s fotkami dokladů</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Nezadáno</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Zadejte datum jako %1 nebo %2, nebo stiskněte Alt+šipka dolů pro kalendář.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendář</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Načten doklad hosta %1 (%2); hledám hosta v Mews…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>Hosta se nepodařilo vyhledat; načtěte doklad znovu.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 přidán do profilu.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 už v profilu je.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 v profilu opraven podle dokladu.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Načtěte doklad znovu, až bude otevřený profil uložen.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>Nový profil vyplněný z dokladu: doplňte ho a uložte.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk nemůže otevřít své okno, protože v tomto systému chybí knihovny, které Qt potřebuje pro X11 (%1); nainstalujte je jako root příkazem „apt install %2“ v Debianu nebo Ubuntu, nebo příkazem „dnf install %3“ ve Fedoře.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk nemůže otevřít své okno, protože v tomto systému chybí knihovny, které Qt potřebuje pro X11 (%1); nainstalujte jako root balíčky svého systému, které je obsahují.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk nemůže otevřít své okno, protože není nastaven žádný displej (ani DISPLAY, ani WAYLAND_DISPLAY): spusťte ho z pracovní plochy, nebo nastavte DISPLAY na displej X serveru.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Uložit změny profilu %1?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>tohoto profilu</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Pokud neuložíte, změny se ztratí.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Profil změnil někdo jiný</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>Tento profil byl v Mews změněn poté, co jste ho otevřeli. Zvýrazněná pole byla změněna na obou stranách; uložení zachová ostatní změny a zvýrazněná pole nahradí vašimi hodnotami.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>Tento profil byl v Mews změněn poté, co jste ho otevřeli. Uložení tyto změny zachová a přidá vaše.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Při otevření</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Nyní v Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>Po uložení</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Uložit moje změny</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Zahodit moje, načíst jejich</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Pokračovat v úpravách</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>Tento host už možná má profil</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Před vytvořením nového profilu zkontrolujte, zda některý z nich není stejný host.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews vede jeden profil na e-mailovou adresu. Pro samostatný profil zrušte a nejprve e-mail odstraňte nebo změňte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Proč</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Otevřít vybraný profil</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Přepsat: Mews nahradí základní osobní údaje (oslovení, jméno, příjmení a další vyplněná osobní pole) existujícího profilu s e-mailem %1 tím, co jste zadali. Historie, rezervace a další údaje zůstanou. Nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Přepsat profil s tímto e-mailem</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Přesto vytvořit nový profil</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Uložit změny do Mews (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Zrušit změny</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Uložit profil</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Nový &amp;zákazník</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Přidat nový profil zákazníka (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Přiložit soubor…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Přiložit k profilu naskenovaný doklad nebo dokument</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Exportovat údaje hosta…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Zapsat vše uložené o tomto hostovi do souborů JSON a PDF</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Otevřené položky</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Doklady</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Zákazník %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>Nový profil nemá otevřené položky.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Načítám profil…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>Tento profil už v Mews neexistuje.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Počkejte, až se profil uloží.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Před uložením opravte označená pole.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews prázdné pole nevymaže: zůstane stará hodnota.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukládám…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>Profil už v Mews neexistuje; nic se neuložilo.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Neuloženo. Vaše změny tu stále jsou.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Načtena aktuální verze z Mews; vaše změny byly zahozeny.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Uloženo.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews přes toto připojení nemůže pole vymazat, tato si proto ponechala starou hodnotu: %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Profil vytvořen.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>Neuloženo. Nový profil tu stále je.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Existující profil přepsán.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Vaše změny tu stále jsou; zkuste to znovu.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Neočekávaná chyba: %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Oslovení</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Druhé příjmení</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pohlaví</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Místo narození</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Země narození</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Kraj narození</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Státní občanství</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferovaný jazyk</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Povolání</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresa, řádek 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresa, řádek 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Kraj / oblast</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Věrnostní kód</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID firmy</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Fakturační kód</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Účetní kód</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Klasifikace</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Možnosti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Car registration</source>
        <translation>SPZ vozu</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Stravovací omezení</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Kód příjemce (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Daňový kód</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Loterijní kód</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Řetězec</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>Dočasný e-mail OTA</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sloučeno do</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Preference pokoje</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Jazyk (odvozený)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Set the birth date to not set</source>
        <translation>Zrušit datum narození</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Osobní údaje</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Fakturace a daně</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interní</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Italské kódy</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>Příjmení je povinné.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Neplatná e-mailová adresa.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Jen číslice, mezery a + ( ) - / ., aspoň 4 číslice.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>Toto není datum: zadejte ho jako %1 nebo %2.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>Datum narození nemůže být v budoucnosti.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Datum narození je před rokem 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Nejvýše 255 znaků.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Vyberte zemi ze seznamu.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>Použijte kód ISO 3166-2, např. DE-BY nebo ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Použijte kód jazyka, např. en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>ID firmy vypadá takto: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>Daňový kód má 16 písmen a číslic (u firmy 11 číslic).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>Kód příjemce má 6 nebo 7 písmen a číslic.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>Loterijní kód má 2 až 15 písmen a číslic.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Není co hledat.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Připojování… Hledání „%1“ začne, jakmile bude spojení připraveno.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Zatím nepřipojeno. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Hledám „%1“…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Hledání selhalo: %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId: %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Na pokoji %1 teď nikdo nebydlí.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>V tomto období se žádný profil hosta nezměnil.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>Žádný host jménem „%1“.
Mews porovnává celá jména: zkontrolujte pravopis nebo zkuste jen příjmení.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>Hledání „%1“ neodpovídá žádný host.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>Hledání podle čísla pokoje zatím u tohoto připojení nejde. Hledejte podle jména hosta.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Časy musí být v UTC.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Konec je před začátkem.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews dovoluje mezi začátkem a koncem nejvýše 3 měsíce.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Zadejte celou e-mailovou adresu.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews neumí hledat podle telefonu; hledejte podle jména, e-mailu nebo pokoje.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Slučte je do jednoho profilu, nebo vyberte jednoho hosta a zobrazte či upravte jeho profil.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>&amp;Sloučit tyto hosty…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n host vybrán</numerusform>
            <numerusform>%n hosté vybráni</numerusform>
            <numerusform>%n hostů vybráno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Zatím nepřipojeno k Mews. Nejprve zvolte připojení.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>K tomuto připojení chybí tokeny.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Spouštím vestavěný sandbox…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>Vestavěný sandbox se nespustil: %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Muž</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Žena</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>ubytován</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>přijíždí</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>odhlášen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>nezávazná</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>poptávka</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>požadovaná</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušená</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>pan</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>paní</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>paní</translation>
    </message>
</context>
</TS>
