<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>Adresse e-mail invalide : %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>ID invalide (format : 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111) : %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>%1 adresses e-mail au maximum.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>%1 prénoms au maximum.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>%1 noms au maximum.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>%1 codes de fidélité au maximum.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>%1 ID au maximum.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>%1 ID d&apos;entreprise au maximum.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>État inconnu : %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Cochez au moins une case : profils actifs ou supprimés.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Remplissez au moins un champ ou une période ; Mews ne liste pas tout le monde.</translation>
    </message>
</context>
<context>
    <name>AdvancedSearchPanel</name>
    <message>
        <source>E&amp;mails</source>
        <translation>E-&amp;mails</translation>
    </message>
    <message>
        <source>Fi&amp;rst names</source>
        <translation>P&amp;rénoms</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Noms exacts, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Noms</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>Codes de &amp;fidélité</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Codes, séparés par des virgules</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>&amp;ID clients</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>ID, séparés par des virgules</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>ID &amp;entreprises</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>ID d&apos;entreprises, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>&amp;Créés</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>&amp;Modifiés</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>&amp;Supprimés</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>Profils &amp;actifs</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Profils su&amp;pprimés</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Effa&amp;cer</translation>
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
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Joindre un fichier à %1</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>Un passeport, une carte d&apos;identité ou un formulaire signé numérisé. Choisissez un fichier, déposez-le ici ou collez un scan copié depuis l&apos;application du scanner.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Saisissez ou collez le chemin du fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Coller le scan</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Utiliser l&apos;image ou le fichier copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Réduire pour l&apos;envoi</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Enregistrer l&apos;image en JPEG plus léger, en réduisant la résolution seulement si nécessaire</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Nom dans Mews :</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Envoi… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Choisir le fichier numérisé</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>Ce fichier fait %1, bien trop pour un scan.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Aucun fichier à cet emplacement.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Image collée depuis le presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Le presse-papiers ne contient ni image ni fichier.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>Ne peut pas être joint</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>Aucun fichier choisi.

Déposez un fichier ici.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (jusqu&apos;à %2 envoyables)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Pixels :</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Trop lourd : %1, alors que %2 au maximum peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Réduisez-le ou numérisez-le en plus basse résolution.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Numérisez-le à nouveau en plus basse résolution ou en noir et blanc.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Réduction de l&apos;image…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Même très réduite, cette image est trop lourde. Numérisez-la à nouveau.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Réduit de %1 (%2) à %3 en JPEG, %4 × %5 pixels.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>L&apos;image n&apos;a pas pu être réduite : %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Envoi vers Mews…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Trop tard pour annuler : Mews a déjà tout le fichier. En attente…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>« %1 » joint au profil. ID du fichier : %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Envoi annulé. Rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews a refusé le fichier, trop lourd. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>L&apos;envoi a échoué : %1 Réessayez.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Compte payeur</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Liste noire (ancienne)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Programme de fidélité</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Plainte antérieure</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Ami ou famille</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Très important (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Espèces uniquement</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Personne handicapée</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militaire</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnie aérienne</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Conforme sanitaire</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En chambre</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>En attente de chambre</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Liste de blocage</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Sandbox intégrée (données de démo, hors ligne)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Démo Mews (établissement de test public)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews production</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Adresse personnalisée</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API, par exemple https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>L&apos;adresse doit commencer par https:// et nommer un hôte, par exemple https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Seules les adresses https sont acceptées ; http n&apos;est permis que pour cet ordinateur (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>L&apos;ID de chaîne doit être un UUID comme 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Uniquement pour les jetons de portefeuille</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Se connecter &amp;à</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>A&amp;dresse de l&apos;API</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>Jeton c&amp;lient</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Jeton d&apos;acc&amp;ès</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>ID de c&amp;haîne</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>Aucun coffre-fort de mots de passe sécurisé trouvé sur cet ordinateur (%1). Les jetons ne sont gardés que jusqu&apos;à la fermeture de Frontdesk et devront être saisis à nouveau. Ils ne sont jamais écrits dans un fichier.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Fonctionne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Clients de démo sur cet ordinateur ; rien n&apos;en sort. Aucun jeton requis.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>L&apos;établissement de test public de Mews. N&apos;y saisissez jamais de vraies données clients.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>Les données réelles de votre établissement. Utilisez les jetons fournis par votre admin Mews.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Toute adresse compatible Mews ; https uniquement, sauf sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Saisissez le jeton client et le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>La sandbox démarre encore ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Connecté : l&apos;adresse et les jetons fonctionnent.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
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
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
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
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
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
        <translation>Îles Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>République démocratique du Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>République du Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
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
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Îles Malouines (Falkland)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>îles Féroé</translation>
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
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groënland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée Équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
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
        <translation>îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l&apos;océan Indien</translation>
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
        <translation>Islande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
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
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>îles Caïmans</translation>
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
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Libéria</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint-Martin (partie française)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Birmanie</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
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
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>île Norfolk</translation>
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
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Nioue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
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
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
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
        <translation>Palaos</translation>
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
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et île Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
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
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Saint-Siège (état de la cité du Vatican)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Vénézuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges, États-Unis</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis et Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
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
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Code de fidélité</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>Chambre (sur place)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière modif.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Chambre %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Part du quota de requêtes Mews utilisée en ce moment (200 requêtes par 30 secondes, partagé par tous les postes qui utilisent le jeton de l&apos;établissement).</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Démarrage de la sandbox intégrée…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Sélectionnez le texte, ou faites un clic droit dessus, pour le copier pour le support.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Requêtes : %1 % du quota</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>même numéro de pièce d’identité</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>même nom et même date de naissance</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, mais des dates de naissance différentes</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Même e-mail</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Mêmes prénom et nom</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Même nom et date de naissance</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Trouver les doublons</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Fusionner ce groupe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Recherche de doublons probables parmi les %1 profils chargés…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>La recherche de doublons a échoué : %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>Les groupes en gris ont peu en commun (souvent seulement le nom) : vérifiez-les avant de les fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n profil, score %1 : %2</numerusform>
            <numerusform>%n profils, score %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>Le score, de 0 à 100, indique à quel point ces profils sont sûrement un seul client. Un même numéro de pièce d’identité, une même adresse e-mail, un même numéro de téléphone ou un même nom avec la même date de naissance comptent pour ; des dates de naissance différentes comptent contre. Les groupes les plus sûrs sont en tête.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>Un groupe de doublons probables</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 groupes de doublons probables</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> parmi les %2 profils chargés dans la liste. Choisissez un groupe et fusionnez-le, ou laissez-le s&apos;il s&apos;agit de clients différents.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>Aucun doublon probable parmi les %1 profils chargés. Seuls les profils chargés sont vérifiés : élargissez la recherche pour en vérifier plus.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>&amp;Copier tout le message</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Joindre une pièce d&apos;identité ou un document numérisé au client</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Fusionner la sélection…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Fusionner plusieurs profils en double sélectionnés en un seul</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews accepte les documents PDF et les images BMP, GIF, JPEG, PNG ou TIFF.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>C&apos;est un programme Windows, pas un document.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>C&apos;est un programme, pas un document.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>C&apos;est un script, pas un document.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>C&apos;est une archive ZIP ou un document Office. Enregistrez-le ou imprimez-le d&apos;abord en PDF.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>C&apos;est un ancien document Office. Enregistrez-le ou imprimez-le d&apos;abord en PDF.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>C&apos;est un document RTF. Enregistrez-le d&apos;abord en PDF.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>C&apos;est une photo HEIC (iPhone). Exportez-la d&apos;abord en JPEG.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>C&apos;est une image WebP. Enregistrez-la d&apos;abord en JPEG ou PNG.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>C&apos;est une archive compressée, pas un document.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>C&apos;est une page web, pas un scan.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>Ce fichier n&apos;est ni un PDF ni une image reconnue.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>Cette image est incomplète ou endommagée (elle s&apos;arrête trop tôt). Numérisez-la à nouveau.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>Ce PDF est incomplet ou endommagé (pas de marqueur de fin). Numérisez-le ou enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>Ce fichier commence comme un PDF mais n&apos;en a pas la structure. Numérisez-le ou enregistrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>PDF document</source>
        <extracomment>Largest request body the desk sends; bigger files are shrunk or refused beforehand. Room left in the body for tokens, client name, ids and JSON punctuation. Longest file name sent; longer names are cut (Mews stores the name as a label). How far into a PDF the ``%PDF-`` header may start (readers tolerate leading junk). How close to the end ``%%EOF`` must be (trailing whitespace or a few junk bytes).</extracomment>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Image GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>Image BMP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Image TIFF</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>Cette image est endommagée et ne s&apos;ouvre pas. Numérisez-la à nouveau.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>Ce PDF est protégé par mot de passe : vos collègues ne pourraient pas l&apos;ouvrir. Enregistrez-le sans mot de passe.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>Ce PDF est endommagé et ne s&apos;ouvre pas. Numérisez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Exporter les données du client</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Exporter les données détenues sur %1</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>Pour la demande d&apos;un client de consulter ses données : écrit un fichier JSON et un PDF imprimable avec le profil, son adresse, les pièces d&apos;identité, les éléments ouverts et les fichiers joints pendant cette session.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>Inclure les numéros &amp;complets des pièces d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Choisir où enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Numéros complets des pièces</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>Écrire les numéros complets des pièces d&apos;identité dans l&apos;export ?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Seulement si vous avez vérifié que la demande vient bien du client. Quiconque reçoit les fichiers pourra lire les numéros de passeport et de carte d&apos;identité du client.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>Il n&apos;y a pas de dossier à cet emplacement.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Lecture des données du client dans Mews…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Export des données du client</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Écriture des fichiers…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Les fichiers n&apos;ont pas pu être écrits : %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Écrits :
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>Les données du client n&apos;ont pas pu être lues : %1</translation>
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
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>ID du fichier</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Données détenues sur %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Exporté le %1 depuis la réception. Voici tout ce que la réception peut lire sur le client via Mews : le profil, son adresse, les pièces d&apos;identité, les éléments ouverts et les fichiers joints depuis ce poste pendant cette session.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>Les numéros des pièces d&apos;identité figurent en entier, comme confirmé par la réception.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>Les numéros des pièces d&apos;identité sont masqués, sauf leurs derniers caractères.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Fichiers joints pendant cette session</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Rien d&apos;ouvert.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Solde ouvert : %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Modifier la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Ajouter une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>Tel qu&apos;imprimé ; laisser vide si le pays n&apos;en a pas</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>Pays d&apos;émission :</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Ville d&apos;émission :</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Délivré le :</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Ce document a expiré.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Choisissez le type de document.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>La date de délivrance n&apos;est pas une date : saisissez-la sous la forme %1 ou %2.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>La date d&apos;expiration n&apos;est pas une date : saisissez-la sous la forme %1 ou %2.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>La date de délivrance est dans le futur.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>Le document expire avant sa délivrance.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Permis de conduire</translation>
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
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays d&apos;émission</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Ce document a expiré.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (expire bientôt)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Afficher le numéro</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Joindre un scan…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Fichiers joints pendant cette session</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Chargement des pièces d&apos;identité…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>Aucune pièce d&apos;identité sur ce profil.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Toutes les pièces de ce profil ont expiré.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>Les pièces n&apos;ont pas pu être chargées ou enregistrées : %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Masquer le numéro</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Ajout de la pièce…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Enregistrement de la pièce…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Supprimer la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>Supprimer %1 %2 de ce profil ? Action irréversible.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Suppression de la pièce…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — ID fichier %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>Aucun pour l&apos;instant. Les scans joints depuis ce poste apparaissent ici.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Enregistrez d&apos;abord le profil ; les pièces appartiennent à un profil enregistré.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Arabe (Arabie saoudite)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Arabe (Émirats arabes unis)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Allemand (Autriche)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Allemand (Suisse)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Allemand (Allemagne)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec moderne (après 1453)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Anglais (Australie)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Anglais (Canada)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Anglais (Irlande)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Espagnol (Espagne)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Espagnol (Mexique)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Français (Belgique)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Français (Canada)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Français (Suisse)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandais</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italien (Suisse)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italien (Italie)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvégien bokmål</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Néerlandais (Belgique)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Néerlandais (Pays-Bas)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugais (Brésil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugais (Portugal)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Effectif au redémarrage de Frontdesk</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk démarrera en %1 la prochaine fois.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk suivra la langue du système au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>&amp;24 dernières heures</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>&amp;30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>3 derniers &amp;mois</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Trouver un client : nom, e-mail, chambre, code de fidélité ou ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Avancée</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>&amp;Modifiés récemment</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Filtrer ces résultats</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>&amp;Effacer la recherche</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>&amp;Ouverts récemment</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>Recherche a&amp;vancée</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>Pas de coffre-fort sécurisé : les jetons sont gardés jusqu&apos;à la fermeture de Frontdesk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Profils modifiés depuis %n jour</numerusform>
            <numerusform>Profils modifiés depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 sur %Ln client</numerusform>
            <numerusform>%1 sur %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>Profils modifiés au cours des dernières 24 heures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Recherche avancée : %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 pour « %2 »</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, la suite se charge en défilant</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1 : recherche en cours…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 pour l&apos;instant, recherche en cours…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 — peut-être incomplet : une partie de la recherche a échoué. Actualiser (Ctrl+R) pour réessayer.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Saisissez le nom, l&apos;e-mail, le numéro de chambre ou le code de fidélité d&apos;un client, puis appuyez sur Entrée.
Ctrl+F ramène ici depuis n&apos;importe où.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>Aucun client chargé ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>Aucun client ouvert</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Code de fidélité</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Classifications</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière modif.</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>Pièces d’identité</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>rien d’ouvert</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (conservé)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (disparaît)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Cliquez pour conserver ce profil</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Fusionner les profils en double</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Conserver ce profil :</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Vert : le profil conservé. Jaune : une valeur différente. Cliquez sur un titre de colonne pour conserver plutôt ce profil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Choisissez au moins deux profils à fusionner.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Trop de profils pour une seule fusion.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Chargement des profils…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>Les profils n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Certains de ces profils n&apos;existent plus ou ont déjà été fusionnés. Actualisez la liste.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>Impossible de charger les pièces d’identité et le solde ouvert : %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>La fusion est irréversible. L&apos;autre profil disparaîtra dans le profil de %1, qui garde son ID ; les séjours et l&apos;historique du client suivent. Vérifiez ensuite le profil conservé : les détails présents seulement dans l&apos;autre profil peuvent ne pas être copiés.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>La fusion est irréversible. Les %n autres profils disparaîtront dans le profil de %1, qui garde son ID ; les séjours et l&apos;historique du client suivent. Vérifiez ensuite le profil conservé : les détails présents seulement dans les autres profils peuvent ne pas être copiés.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>Fusionner %1 profils dans %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>La fusion n&apos;a pas abouti : %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>Le chiffre de contrôle du numéro de document est faux (la zone indique %1, les données donnent %2). Relisez le document ; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Le chiffre de contrôle de la date de naissance est faux (la zone indique %1, les données donnent %2). Relisez le document ; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Le chiffre de contrôle de la date d&apos;expiration est faux (la zone indique %1, les données donnent %2). Relisez le document ; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Le chiffre de contrôle du numéro personnel est faux (la zone indique %1, les données donnent %2). Relisez le document ; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>Le chiffre de contrôle global de la zone est faux (la zone indique %1, les données donnent %2). Relisez le document ; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>La date de naissance %1 de la zone n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>La date d&apos;expiration %1 de la zone n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>Ce n&apos;est pas une zone de lecture automatique : 2 lignes de 44, 2 lignes de 36 ou 3 lignes de 30 caractères attendues, %1 lus.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>La zone contient des caractères qu&apos;aucun passeport n&apos;utilise : %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, valable jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>Le document et le profil diffèrent</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>Le document lu (%1) diffère du profil de %2. Choisissez pour chaque champ ce qu&apos;il faut garder ; rien n&apos;est enregistré avant que vous n&apos;enregistriez le profil.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>Dans le profil</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>Sur le document</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>&amp;Utiliser les valeurs choisies</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>&amp;Laisser le profil tel quel</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>Aucun profil dans Mews n&apos;a ce document, ni ce nom et cette date de naissance : %1, né(e) le %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>Créer un nouveau profil rempli à partir du document ? %1 y est ajouté lorsque vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Document non lu</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Débité</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En vérification</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Frais d&apos;annulation</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Écart de change</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Article personnalisé</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Remise sur supplément</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Commande de produit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Correction de taxe</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Frais de surclassement</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Frais de facturation</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Créances irrécouvrables</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Écart d&apos;arrondi de change</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Supplémentaire</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Ouvrez un profil enregistré pour voir ses éléments ouverts.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Chargement des éléments ouverts…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Rien d&apos;ouvert : le client ne doit rien.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Solde ouvert : %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Envoyer des e-mails marketing</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Refuse l&apos;adresse sur la facture</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Envoyer du courrier marketing</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Envoyer les e-mails des partenaires</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Envoyer le courrier des partenaires</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Accepte le débit de la carte</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Demander l&apos;accord pour une photo</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Demander l&apos;accord pour photos d&apos;identité</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Saisissez la date sous la forme %1 ou %2, ou appuyez sur Alt+Bas pour un calendrier.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Document de %1 lu (%2) ; recherche du client dans Mews…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>Le client n&apos;a pas pu être recherché ; relisez le document.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 ajouté au profil.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 figure déjà dans le profil.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 du profil corrigé d&apos;après le document.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Relisez le document une fois le profil ouvert enregistré.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>Nouveau profil rempli à partir du document : complétez-le et enregistrez-le.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk ne peut pas ouvrir sa fenêtre car il manque à ce système des bibliothèques dont Qt a besoin pour X11 (%1) ; installez-les en tant que root avec « apt install %2 » sous Debian ou Ubuntu, ou avec « dnf install %3 » sous Fedora.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk ne peut pas ouvrir sa fenêtre car il manque à ce système des bibliothèques dont Qt a besoin pour X11 (%1) ; installez en tant que root les paquets de votre système qui les fournissent.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk ne peut pas ouvrir sa fenêtre car aucun affichage n&apos;est défini (ni DISPLAY ni WAYLAND_DISPLAY) : lancez-le depuis une session de bureau, ou réglez DISPLAY sur celui du serveur X.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>ce profil</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Sans enregistrement, vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Profil modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>Ce profil a été modifié dans Mews après son ouverture. Les champs surlignés ont été modifiés des deux côtés ; l’enregistrement conserve les autres modifications et remplace les champs surlignés par les vôtres.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>Ce profil a été modifié dans Mews après son ouverture. L’enregistrement conserve ces modifications et y ajoute les vôtres.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Actuellement dans Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>Après enregistrement</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Enregistrer mes modifications</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Abandonner les miennes, charger les leurs</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>Ce client a peut-être déjà un profil</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Avant de créer un profil, vérifiez si l&apos;un de ceux-ci est le même client.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews conserve un seul profil par adresse e-mail. Pour un profil distinct, annulez puis supprimez ou modifiez d&apos;abord l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Ouvrir le profil sélectionné</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Écraser : Mews remplace les données personnelles de base (civilité, prénom, nom et les autres champs personnels remplis) du profil existant ayant l&apos;e-mail %1 par votre saisie. Son historique, ses réservations et ses autres détails restent. Action irréversible.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Écraser le profil avec cet e-mail</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Créer quand même un profil</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Enregistrer dans Mews (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Ajouter un profil client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Joindre une pièce ou un document numérisé à ce profil</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Exporter les données du client…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Écrire tout ce qui est détenu sur ce client dans des fichiers JSON et PDF</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Éléments ouverts</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>Un nouveau profil n&apos;a pas d&apos;éléments ouverts.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Chargement du profil…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>Ce profil n&apos;existe plus dans Mews.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Patientez jusqu&apos;à l&apos;enregistrement du profil.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Corrigez les champs signalés avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews ne vide pas un champ laissé vide : l&apos;ancienne valeur reste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>Ce profil n&apos;existe plus dans Mews ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>Non enregistré. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Version actuelle de Mews chargée ; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews ne peut pas vider de champ par cette connexion ; ceux-ci gardent leur ancienne valeur : %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Profil créé.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>Non enregistré. Le nouveau profil est toujours là.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Profil existant écrasé.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Vos modifications sont toujours là ; réessayez.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Second nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>Pays de naissance</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Province de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Région / subdivision</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Code de fidélité</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID entreprise</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Code de facturation</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Code comptable</translation>
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
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Code destinataire (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Code fiscal</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Code loterie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>E-mail OTA temporaire</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Préférences de chambre</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Langue (déduite)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Set the birth date to not set</source>
        <translation>Effacer la date de naissance</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Facturation et fiscalité</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Codes italiens</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Chiffres, espaces et + ( ) - / . uniquement, au moins 4 chiffres.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>Ce n&apos;est pas une date : saisissez-la sous la forme %1 ou %2.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être future.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Date de naissance antérieure à 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>255 caractères au maximum.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>Utilisez un code ISO 3166-2 comme DE-BY ou ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Utilisez un code de culture comme en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>Un ID d&apos;entreprise ressemble à 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>Un code fiscal a 16 lettres et chiffres (11 chiffres pour une entreprise).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>Un code destinataire a 6 ou 7 lettres et chiffres.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>Un code loterie a 2 à 15 lettres et chiffres.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Connexion en cours… La recherche de « %1 » démarrera dès que la connexion sera prête.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Pas encore connecté. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId : %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Personne ne séjourne en chambre %1 en ce moment.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>Aucun profil client modifié sur cette période.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>Aucun client nommé « %1 ».
Mews compare des noms entiers : vérifiez l&apos;orthographe ou essayez le nom seul.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>La recherche par numéro de chambre n&apos;est pas encore disponible sur cette connexion. Cherchez plutôt par nom.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Les heures doivent être en UTC.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews autorise 3 mois au plus entre début et fin.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Saisissez l&apos;adresse e-mail complète.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews ne cherche pas par téléphone ; cherchez par nom, e-mail ou chambre.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Fusionnez-les en un seul profil, ou sélectionnez un client pour voir et modifier son profil.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>&amp;Fusionner ces clients…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n client sélectionné</numerusform>
            <numerusform>%n clients sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Pas encore connecté à Mews. Choisissez d&apos;abord une connexion.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>Les jetons de cette connexion manquent.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Démarrage de la sandbox intégrée…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>La sandbox intégrée n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>arrivée prévue</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optionnelle</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Mme</translation>
    </message>
</context>
</TS>
