<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>Not an email address: %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>At most %1 email addresses at once.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>At most %1 first names at once.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>At most %1 last names at once.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>At most %1 loyalty codes at once.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>At most %1 IDs at once.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>At most %1 company IDs at once.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>Unknown activity state: %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Tick at least one: active or deleted profiles.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Fill in at least one field or time window; Mews does not list everyone.</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchPanel</name>
    <message>
        <source>E&amp;mails</source>
        <translation>E&amp;mails</translation>
    </message>
    <message>
        <source>Fi&amp;rst names</source>
        <translation>Fi&amp;rst names</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Exact names, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Last names</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>Lo&amp;yalty codes</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Codes, separated by commas</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>Customer &amp;IDs</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>IDs, separated by commas</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>Compa&amp;ny IDs</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>Company IDs, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>&amp;Created</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>U&amp;pdated</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>Dele&amp;ted</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>&amp;Active profiles</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Deleted pr&amp;ofiles</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Cl&amp;ear</translation>
    </message>
</context>
<context>
    <name>AttachFileDialog</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Attach a file to %1</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Type or paste the path of the file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Paste scan</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Use the image or file copied to the clipboard</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Shrink to fit</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Save the image as a smaller JPEG, reducing the resolution only as needed</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Name in Mews:</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Uploading… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancel upload</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Choose the scanned file</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>This file is %1, far too large for a scan.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>There is no file at this path.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Image pasted from the clipboard</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>Cannot be attached</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>No file chosen yet.

Drop a file here.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (up to %2 can be sent)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixels:</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Too large to send: %1, and at most %2 can be uploaded.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Shrink it to fit, or scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Scan it again at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Shrinking the image…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Even heavily reduced this image does not fit. Scan it again.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>The image could not be shrunk: %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Uploading to Mews…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Too late to cancel: Mews already has the whole file. Waiting for it…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>Attached “%1” to the profile. File id: %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Upload cancelled. Nothing was attached.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews refused the file as too large. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>The upload failed: %1 Try again.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Retry upload</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Paymaster account</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Blacklist (old)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Loyalty program</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Previous complaint</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Returning guest</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Friend or family</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Top management</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Very important (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problematic</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Cash only</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Disabled person</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Airline</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Health compliant</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>In room</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>Waiting for room</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Blocklist</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Type to find…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Built-in sandbox (demo data, offline)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Mews demo (public test property)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews production</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>Enter the API address, for example https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>The address must start with https:// and name a host, for example https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>The address must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Only for portfolio access tokens</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Connect &amp;to</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>API a&amp;ddress</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>C&amp;lient token</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Acc&amp;ess token</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>Chai&amp;n ID</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Te&amp;st connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Runs on this computer</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Demo guests on this computer; nothing leaves it. No tokens needed.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>Mews&apos;s public test property. Never enter real guest data there.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>Your property&apos;s live data. Use the tokens your Mews admin gave you.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Any Mews-compatible address; https only, except on this computer.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Enter both the client token and the access token.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>The sandbox is still starting; try again in a moment.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Connected: the address and tokens work.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
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
        <translation>United Arab Emirates</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua and Barbuda</translation>
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
        <translation>Antarctica</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>American Samoa</translation>
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
        <translation>Åland Islands</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaijan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia and Herzegovina</translation>
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
        <translation>Belgium</translation>
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
        <translation>Saint Barthélemy</translation>
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
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius and Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazil</translation>
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
        <translation>Bouvet Island</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
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
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Cocos (Keeling) Islands</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>Democratic Republic of the Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Central African Republic</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>Republic of the Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cook Islands</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroon</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
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
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Christmas Island</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cyprus</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominican Republic</translation>
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
        <translation>Egypt</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Western Sahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Ethiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falkland Islands (Malvinas)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Faroe Islands</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
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
        <translation>French Guiana</translation>
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
        <translation>Greenland</translation>
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
        <translation>Equatorial Guinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Greece</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>South Georgia and the South Sandwich Islands</translation>
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
        <translation>Heard Island and McDonald Islands</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>British Indian Ocean Territory</translation>
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
        <translation>Iceland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordan</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoros</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts and Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>North Korea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Cayman Islands</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Lebanon</translation>
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
        <translation>Lithuania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint Martin (French part)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshall Islands</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>North Macedonia</translation>
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
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Northern Mariana Islands</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
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
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolk Island</translation>
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
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norway</translation>
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
        <translation>New Zealand</translation>
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
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua New Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
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
        <translation>Palestine</translation>
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
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
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
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi Arabia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Solomon Islands</translation>
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
        <translation>Sweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Saint Helena, Ascension and Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard and Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
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
        <translation>South Sudan</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tome and Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (Dutch part)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks and Caicos Islands</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>French Southern Territories</translation>
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
        <translation>Tajikistan</translation>
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
        <translation>Trinidad and Tobago</translation>
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
        <translation>United States</translation>
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
        <translation>Vatican City</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent and the Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Virgin Islands, British</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Virgin Islands, U.S.</translation>
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
        <translation>Wallis and Futuna</translation>
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
        <translation>South Africa</translation>
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
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Loyalty code</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>In-house room</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Room %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>No connection</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Starting the built-in sandbox…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Select the text, or right-click it, to copy it for support.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Requests: %1% of limit</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>same document number</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>same birth date</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, but different birth dates</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Same email</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Same first and last name</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Same last name and birth date</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Merge this group…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Looking for likely duplicates among the %1 profiles loaded…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>Looking for duplicates failed: %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>Groups in grey have little in common (often only a name): check them before merging.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n profile, score %1: %2</numerusform>
            <numerusform>%n profiles, score %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>One group of likely duplicates</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 groups of likely duplicates</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>&amp;Copy the whole message</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unknown)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Attach a scanned ID or document to the guest</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Merge selected…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Merge two or more selected duplicate profiles into one</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>This is a Windows program, not a document.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>This is a program, not a document.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>This is a script, not a document.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>This is a ZIP archive or an Office document. Save or print it as PDF first.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>This is an old Office document. Save or print it as PDF first.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>This is an RTF document. Save it as PDF first.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>This is a HEIC photo (iPhone). Export it as JPEG first.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>This is a WebP image. Save it as JPEG or PNG first.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>This is a compressed archive, not a document.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>This is a web page, not a scan.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>This file is not a PDF document or an image the desk recognises.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>This image is incomplete or damaged (it ends too early). Scan it again.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>This file starts like a PDF but has no PDF structure. Scan or save it again.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>PDF document</source>
        <extracomment>Largest request body the desk sends; bigger files are shrunk or refused beforehand. Room left in the body for tokens, client name, ids and JSON punctuation. Longest file name sent; longer names are cut (Mews stores the name as a label). How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk). How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).</extracomment>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>BMP image</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF image</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>This image is damaged and cannot be opened. Scan it again.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>This PDF is damaged and cannot be opened. Scan it again.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Export guest data</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Export the data held about %1</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Save &amp;in:</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>Include &amp;full identity document numbers</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Choose where to save the export</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Full document numbers</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>Write the full identity document numbers into the export?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>There is no folder at this path.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Reading the guest&apos;s data from Mews…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Guest data export</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Writing the files…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>The files could not be written: %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Written:
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>The guest&apos;s data could not be read: %1</translation>
    </message>
</context>
<context>
    <name>GuestReport</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>File id</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Data held about %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>Identity document numbers are shown in full, as confirmed by the receptionist.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>Identity document numbers are masked except for their last characters.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Files attached in this session</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nothing open.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Open balance: %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Edit identity document</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Add identity document</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>As printed; leave empty if the country has none</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>Issuing country:</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Issuing city:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Expires on:</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>This document has expired.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Choose the type of document.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>The issue date is not a date: type it as %1 or %2.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>The expiry date is not a date: type it as %1 or %2.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>The issue date is in the future.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>The document expires before it was issued.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Driver&apos;s licence</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentsView</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>This document has expired.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (expires soon)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Files attached in this session</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Loading identity documents…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>No identity documents on this profile.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Every document on this profile has expired.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>The documents could not be loaded or saved: %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Hide number</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Adding the document…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Saving the document…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Delete identity document</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>Delete the %1 %2 from this profile? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Deleting the document…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — file id %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>None yet. Scans attached from this desk are listed here.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Save the profile first; documents belong to a saved one.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Arabic (Saudi Arabia)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabic (United Arab Emirates)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>German (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>German (Switzerland)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>German (Germany)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>English (Australia)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>English (Canada)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>English (United Kingdom)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>English (Ireland)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>English (United States)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanish (Spain)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Spanish (Mexico)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonian</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>French (Belgium)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>French (Canada)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>French (Switzerland)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>French (France)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebrew</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Icelandic</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italian (Switzerland)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italian (Italy)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lithuanian</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Latvian</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegian Bokmål</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Dutch (Belgium)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Dutch (Netherlands)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portuguese (Brazil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portuguese (Portugal)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovak</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovenian</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinese (Traditional)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;System default</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Takes effect when Frontdesk restarts</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk will start in %1 next time.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk will follow the system language from the next start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Last &amp;24 hours</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Last &amp;7 days</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Last &amp;30 days</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>Last 3 &amp;months</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Find a guest: name, email, room, loyalty code or ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Find a guest</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;dvanced</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>Recently &amp;updated</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Filter these results</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connection…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Guests</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>&amp;Find guest</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>C&amp;lear search</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Recently &amp;opened</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>&amp;Advanced search</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>No secure password store: tokens are kept until Frontdesk closes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln guest</numerusform>
            <numerusform>%Ln guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Profiles updated in the last %n day</numerusform>
            <numerusform>Profiles updated in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 of %Ln guest</numerusform>
            <numerusform>%1 of %Ln guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>Profiles updated in the last 24 hours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Advanced search: %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, more load as you scroll</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1: searching…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Searching for “%1”…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 so far, still searching…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>No loaded guest matches the filter.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>No guest opened yet</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Loyalty code</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Tax id</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>ID documents</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nothing open</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (kept)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (disappears)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Click to keep this profile</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Merge duplicate profiles</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Keep this profile:</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Choose at least two profiles to merge.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Too many profiles for one merge.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Loading the profiles…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>The profiles could not be loaded: %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Some of these profiles no longer exist or were already merged. Refresh the list.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>ID documents and open balance could not be loaded: %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>Merge %1 profiles into %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>The merge did not go through: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>The birth date %1 in the zone is not a date.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>The expiry date %1 in the zone is not a date.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>The zone contains characters no passport uses: %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, valid until %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>The document and the profile differ</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>In the profile</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>On the document</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>&amp;Use the chosen values</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>&amp;Leave the profile as it is</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>New guest</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>No profile in Mews has this document, or this name and birth date: %1, born %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>Start a new profile filled in from the document? %1 is added to it when you save it.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;New profile</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Document not read</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Cancellation fee</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Rebate</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Exchange rate difference</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Custom item</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Surcharge discount</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Product order</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Tax correction</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Room upgrade fee</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Invoice fee</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Unspecified</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Bad debts</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Wire transfer</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Exchange rounding difference</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Bank charges</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Additional</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Open a saved profile to see its open items.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Loading open items…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Nothing open: the guest owes nothing.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Open balance: %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Send marketing emails</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Invoiceable</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Objects to address on bill</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Send marketing postal mail</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Send partner marketing emails</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Send partner marketing postal mail</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Consents to card withdrawal</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Ask consent for a guest photo</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Ask consent for ID document photos</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Type the date as %1 or %2, or press Alt+Down for a calendar.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Read the document of %1 (%2); looking for the guest in Mews…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>The guest could not be looked up; read the document again.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 added to the profile.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 is already on the profile.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 on the profile corrected from the document.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Read the document again once the open profile is saved.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>New profile filled in from the document: complete it and save it.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>this profile</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>If you don&apos;t save, your changes will be lost.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Profile changed by someone else</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>When you opened it</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Now in Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>After you save</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Save my changes</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Discard mine, load theirs</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>This guest may already have a profile</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Before creating a new profile, check whether one of these is the same guest.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Open selected profile</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Overwrite profile with this email</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Create new profile anyway</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Save the changes to Mews (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Add a new customer profile (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Attach a scanned ID or document to this profile</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Export guest data…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Write everything held about this guest to JSON and PDF files</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>ID documents</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>A new profile has no open items.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Loading profile…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>This profile no longer exists in Mews.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Please wait until the profile is saved.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Fix the marked fields before saving.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews does not clear a field left empty: it will keep the old value.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>This profile no longer exists in Mews; nothing was saved.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Not saved. Your changes are still here.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Loaded the version now in Mews; your changes were discarded.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews cannot clear a field through this connection, so these kept their old value: %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Profile created.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>Not saved. The new profile is still here.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Existing profile overwritten.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Your changes are still here; try again.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Second last name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Birth country</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Birth province</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Address line 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Region / subdivision</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Loyalty code</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Company ID</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Billing code</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Car registration</source>
        <translation>Car registration</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Dietary requirements</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Destination code (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Fiscal code</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Lottery code</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>Temporary OTA email</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Room preferences</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Language (derived)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>Set the birth date to not set</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Billing and tax</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Italian codes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>Last name is required.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>This is not a valid email address.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Use digits, spaces and + ( ) - / . only, at least 4 digits.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>Not a date: type it as %1 or %2.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>Birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Birth date is before 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>At most 255 characters.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Pick a country from the list.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>Use an ISO 3166-2 code such as DE-BY or ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Use a culture code such as en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>A fiscal code has 16 letters and digits (11 digits for a company).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>A destination code has 6 or 7 letters and digits.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>A lottery code has 2 to 15 letters and digits.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Nothing to search for.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Connecting… the search for “%1” starts as soon as it is ready.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Not connected yet. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Searching for “%1”…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId: %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Nobody is staying in room %1 right now.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>No guest profile was updated in that period.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>No guest matches “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Times must be in UTC.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews allows at most 3 months between start and end.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Type the whole email address.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews cannot search by phone number; search by name, email or room instead.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Merge them into one profile, or select one guest to see and edit it.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>&amp;Merge these guests…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n guest selected</numerusform>
            <numerusform>%n guests selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Not connected to Mews yet. Choose a connection first.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>Tokens are missing for this connection.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Starting the built-in sandbox…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>The built-in sandbox did not start: %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>checked in</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>arriving</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>checked out</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>enquiry</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>Mr.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Ms.</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Mrs.</translation>
    </message>
</context>
</TS>
