<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdvancedFilters</name>
    <message>
        <source>Not an email address: %1</source>
        <extracomment>Translation context of the problems below; window problems use ``SearchQuery``&apos;s.</extracomment>
        <translation>No es un email válido: %1</translation>
    </message>
    <message>
        <source>Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</source>
        <translation>ID no válido (formato: 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1</translation>
    </message>
    <message>
        <source>At most %1 email addresses at once.</source>
        <translation>Como máximo %1 emails a la vez.</translation>
    </message>
    <message>
        <source>At most %1 first names at once.</source>
        <translation>Como máximo %1 nombres a la vez.</translation>
    </message>
    <message>
        <source>At most %1 last names at once.</source>
        <translation>Como máximo %1 apellidos a la vez.</translation>
    </message>
    <message>
        <source>At most %1 loyalty codes at once.</source>
        <translation>Como máximo %1 códigos de fidelidad a la vez.</translation>
    </message>
    <message>
        <source>At most %1 IDs at once.</source>
        <translation>Como máximo %1 ID a la vez.</translation>
    </message>
    <message>
        <source>At most %1 company IDs at once.</source>
        <translation>Como máximo %1 ID de empresa a la vez.</translation>
    </message>
    <message>
        <source>Unknown activity state: %1</source>
        <translation>Estado desconocido: %1</translation>
    </message>
    <message>
        <source>Tick at least one: active or deleted profiles.</source>
        <translation>Marca al menos uno: perfiles activos o eliminados.</translation>
    </message>
    <message>
        <source>Fill in at least one field or time window; Mews does not list everyone.</source>
        <translation>Rellena al menos un campo o un periodo; Mews no lista a todos.</translation>
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
        <translation>No&amp;mbres</translation>
    </message>
    <message>
        <source>Exact names, separated by commas</source>
        <translation>Nombres exactos, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Last names</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Lo&amp;yalty codes</source>
        <translation>Códigos de &amp;fidelidad</translation>
    </message>
    <message>
        <source>Codes, separated by commas</source>
        <translation>Códigos, separados por comas</translation>
    </message>
    <message>
        <source>Customer &amp;IDs</source>
        <translation>&amp;ID de clientes</translation>
    </message>
    <message>
        <source>IDs, separated by commas</source>
        <translation>ID, separados por comas</translation>
    </message>
    <message>
        <source>Compa&amp;ny IDs</source>
        <translation>ID de &amp;empresas</translation>
    </message>
    <message>
        <source>Company IDs, separated by commas</source>
        <translation>ID de empresas, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>C&amp;reados</translation>
    </message>
    <message>
        <source>U&amp;pdated</source>
        <translation>&amp;Modificados</translation>
    </message>
    <message>
        <source>Dele&amp;ted</source>
        <translation>E&amp;liminados</translation>
    </message>
    <message>
        <source>&amp;Active profiles</source>
        <translation>Perfiles ac&amp;tivos</translation>
    </message>
    <message>
        <source>Deleted pr&amp;ofiles</source>
        <translation>Perfiles e&amp;liminados</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>Li&amp;mpiar</translation>
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
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Attach a file to %1</source>
        <translation>Adjuntar un archivo a %1</translation>
    </message>
    <message>
        <source>A scanned passport, ID card or signed form. Choose a file, drop it here, or paste a scan copied from the scanner app.</source>
        <translation>Un pasaporte, DNI o formulario firmado escaneado. Elige un archivo, suéltalo aquí o pega un escaneo copiado desde la app del escáner.</translation>
    </message>
    <message>
        <source>Type or paste the path of the file</source>
        <translation>Escribe o pega la ruta del archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Paste scan</source>
        <translation>Pegar escaneo</translation>
    </message>
    <message>
        <source>Use the image or file copied to the clipboard</source>
        <translation>Usar la imagen o el archivo copiado en el portapapeles</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Shrink to fit</source>
        <translation>Reducir para enviar</translation>
    </message>
    <message>
        <source>Save the image as a smaller JPEG, reducing the resolution only as needed</source>
        <translation>Guardar la imagen como JPEG más pequeño, reduciendo la resolución solo lo necesario</translation>
    </message>
    <message>
        <source>Name in Mews:</source>
        <translation>Nombre en Mews:</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Subiendo… %p%</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar subida</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Choose the scanned file</source>
        <translation>Elige el archivo escaneado</translation>
    </message>
    <message>
        <source>This file is %1, far too large for a scan.</source>
        <extracomment>Larger files are refused unread: no scan of an ID document is anywhere near this.</extracomment>
        <translation>Este archivo ocupa %1, demasiado para un escaneo.</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Image pasted from the clipboard</source>
        <translation>Imagen pegada desde el portapapeles</translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo.</translation>
    </message>
    <message>
        <source>Cannot be attached</source>
        <translation>No se puede adjuntar</translation>
    </message>
    <message>
        <source>No file chosen yet.

Drop a file here.</source>
        <translation>Aún no hay archivo.

Suelta un archivo aquí.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>%1 (up to %2 can be sent)</source>
        <translation>%1 (se pueden enviar hasta %2)</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Páginas:</translation>
    </message>
    <message>
        <source>Pixels:</source>
        <translation>Píxeles:</translation>
    </message>
    <message>
        <source>Too large to send: %1, and at most %2 can be uploaded.</source>
        <translation>Demasiado grande: %1, y se pueden subir como máximo %2.</translation>
    </message>
    <message>
        <source>Shrink it to fit, or scan it at a lower resolution.</source>
        <translation>Redúcelo o escanéalo a menor resolución.</translation>
    </message>
    <message>
        <source>Scan it again at a lower resolution or in black and white.</source>
        <translation>Escanéalo de nuevo a menor resolución o en blanco y negro.</translation>
    </message>
    <message>
        <source>Shrinking the image…</source>
        <translation>Reduciendo la imagen…</translation>
    </message>
    <message>
        <source>Even heavily reduced this image does not fit. Scan it again.</source>
        <translation>Ni muy reducida cabe esta imagen. Escanéala de nuevo.</translation>
    </message>
    <message>
        <source>Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.</source>
        <translation>Reducido de %1 (%2) a %3 JPEG, %4 × %5 píxeles.</translation>
    </message>
    <message>
        <source>The image could not be shrunk: %1</source>
        <translation>No se pudo reducir la imagen: %1</translation>
    </message>
    <message>
        <source>Uploading to Mews…</source>
        <translation>Subiendo a Mews…</translation>
    </message>
    <message>
        <source>Too late to cancel: Mews already has the whole file. Waiting for it…</source>
        <translation>Demasiado tarde para cancelar: Mews ya tiene el archivo entero. Esperando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Attached “%1” to the profile. File id: %2</source>
        <translation>“%1” adjuntado al perfil. ID del archivo: %2</translation>
    </message>
    <message>
        <source>Upload cancelled. Nothing was attached.</source>
        <translation>Subida cancelada. No se adjuntó nada.</translation>
    </message>
    <message>
        <source>Mews refused the file as too large. %1</source>
        <translation>Mews rechazó el archivo por ser demasiado grande. %1</translation>
    </message>
    <message>
        <source>The upload failed: %1 Try again.</source>
        <translation>La subida falló: %1 Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Retry upload</source>
        <translation>Reintentar subida</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <source>Paymaster account</source>
        <translation>Cuenta pagadora</translation>
    </message>
    <message>
        <source>Blacklist (old)</source>
        <translation>Lista negra (antigua)</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Prensa</translation>
    </message>
    <message>
        <source>Loyalty program</source>
        <translation>Programa de fidelidad</translation>
    </message>
    <message>
        <source>Previous complaint</source>
        <translation>Queja anterior</translation>
    </message>
    <message>
        <source>Returning guest</source>
        <translation>Cliente habitual</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Friend or family</source>
        <translation>Amigo o familia</translation>
    </message>
    <message>
        <source>Top management</source>
        <translation>Alta dirección</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Very important (VIP)</source>
        <translation>Muy importante (VIP)</translation>
    </message>
    <message>
        <source>Problematic</source>
        <translation>Problemático</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Solo efectivo</translation>
    </message>
    <message>
        <source>Disabled person</source>
        <translation>Persona con discapacidad</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militar</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Aerolínea</translation>
    </message>
    <message>
        <source>Health compliant</source>
        <translation>Cumple requisitos sanitarios</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En la habitación</translation>
    </message>
    <message>
        <source>Waiting for room</source>
        <translation>Esperando habitación</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>Lista de bloqueo</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>Escribe para buscar…</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Built-in sandbox (demo data, offline)</source>
        <translation>Sandbox integrado (datos de demo, sin conexión)</translation>
    </message>
    <message>
        <source>Mews demo (public test property)</source>
        <translation>Demo de Mews (establecimiento de prueba público)</translation>
    </message>
    <message>
        <source>Mews production</source>
        <translation>Mews producción</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Dirección personalizada</translation>
    </message>
    <message>
        <source>Enter the API address, for example https://api.mews.com.</source>
        <translation>Introduce la dirección de la API, por ejemplo https://api.mews.com.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a host, for example https://api.mews.com.</source>
        <translation>La dirección debe empezar por https:// e indicar un host, por ejemplo https://api.mews.com.</translation>
    </message>
    <message>
        <source>Only https addresses are accepted; plain http is allowed for this computer only (localhost, 127.0.0.1).</source>
        <translation>Solo se aceptan direcciones https; http solo para este equipo (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>La dirección no debe contener usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The chain ID must be a UUID such as 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>El ID de cadena debe ser un UUID como 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Only for portfolio access tokens</source>
        <translation>Solo para tokens de portafolio</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Connect &amp;to</source>
        <translation>Co&amp;nectar a</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>&amp;Dirección de la API</translation>
    </message>
    <message>
        <source>C&amp;lient token</source>
        <translation>Token de c&amp;liente</translation>
    </message>
    <message>
        <source>Acc&amp;ess token</source>
        <translation>Token de acc&amp;eso</translation>
    </message>
    <message>
        <source>C&amp;hain ID</source>
        <translation>&amp;ID de cadena</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>No secure password store was found on this computer (%1). Tokens will be kept only until Frontdesk is closed and must be entered again next time. They are never written to a file.</source>
        <translation>No se encontró un almacén seguro de contraseñas en este equipo (%1). Los tokens solo se guardan hasta cerrar Frontdesk y habrá que introducirlos de nuevo. Nunca se escriben en un archivo.</translation>
    </message>
    <message>
        <source>Runs on this computer</source>
        <translation>Se ejecuta en este equipo</translation>
    </message>
    <message>
        <source>Demo guests on this computer; nothing leaves it. No tokens needed.</source>
        <translation>Huéspedes de demo en este equipo; nada sale de él. No hacen falta tokens.</translation>
    </message>
    <message>
        <source>Mews&apos;s public test property. Never enter real guest data there.</source>
        <translation>El establecimiento de prueba público de Mews. Nunca introduzcas datos reales de huéspedes.</translation>
    </message>
    <message>
        <source>Your property&apos;s live data. Use the tokens your Mews admin gave you.</source>
        <translation>Los datos reales de tu establecimiento. Usa los tokens que te dio tu administrador de Mews.</translation>
    </message>
    <message>
        <source>Any Mews-compatible address; https only, except on this computer.</source>
        <translation>Cualquier dirección compatible con Mews; solo https, salvo en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Enter both the client token and the access token.</source>
        <translation>Introduce el token de cliente y el de acceso.</translation>
    </message>
    <message>
        <source>The sandbox is still starting; try again in a moment.</source>
        <translation>El sandbox aún se está iniciando; inténtalo en un momento.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connected: the address and tokens work.</source>
        <translation>Conectado: la dirección y los tokens funcionan.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
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
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
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
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Estadounidense</translation>
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
        <translation>Islas Äland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Islas Bermudas</translation>
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
        <translation>Islas BES (Caribe Neerlandés)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Democratic Republic of the Congo</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Republic of the Congo</source>
        <translation>República del Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfíl</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
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
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
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
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Islas Falkland (Malvinas)</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
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
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
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
        <translation>Guinea-Bisáu</translation>
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
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
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
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
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
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>República Democrática Popular de Lao</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
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
        <translation>San Martín (zona francesa)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Malí</translation>
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
        <translation>Islas Marianas del Norte</translation>
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
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Islas Maldivas</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
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
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
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
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
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
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>San Pedro y Miquelon</translation>
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
        <translation>Palestina</translation>
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
        <translation>Catar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Federación Rusa</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
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
        <translation>Surinám</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Sao Tome and Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Isla de San Martín (zona holandsea)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>República árabe de Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunez</translation>
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
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
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
        <translation>Santa Sede (Ciudad Estado del Vaticano)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Islas Vírgenes, Británicas</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Islas Vírgenes, de EEUU</translation>
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
        <translation>Wallis y Futuna</translation>
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
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>&amp;Columns</source>
        <extracomment>Room for the sort indicator and the section&apos;s margins around a column title.</extracomment>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Código de fidelidad</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <source>In-house room</source>
        <translation>Habitación (alojado)</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>(no name)</source>
        <extracomment>Columns a new user sees; the rest are one click away in the column chooser. A row&apos;s joined classification labels -&gt; the same, translated (few distinct sets). (arrival, departure, format) -&gt; the stay&apos;s dates as shown: a painted Room cell would otherwise build a QLocale and format two dates.</extracomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>Room %1, %2</source>
        <translation>Habitación %1, %2</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Share of the Mews request budget (200 requests per 30 seconds, shared by every desk using this property&apos;s token) used right now.</source>
        <translation>Parte del cupo de peticiones de Mews usada ahora (200 peticiones cada 30 segundos, compartido por todos los puestos con el token del establecimiento).</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Iniciando el sandbox integrado…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
    <message>
        <source>%1  —  RequestId %2</source>
        <translation>%1  —  RequestId %2</translation>
    </message>
    <message>
        <source>Select the text, or right-click it, to copy it for support.</source>
        <translation>Seleccione el texto, o haga clic derecho sobre él, para copiarlo para el soporte.</translation>
    </message>
    <message>
        <source>Requests: %1% of limit</source>
        <translation>Peticiones: %1 % del límite</translation>
    </message>
</context>
<context>
    <name>DuplicateGroup</name>
    <message>
        <source>same document number</source>
        <extracomment>A document number shorter than this is a placeholder (&quot;-&quot;, &quot;n/a&quot;, &quot;1&quot;).</extracomment>
        <translation>mismo número de documento</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>mismo nombre y misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The order phrases are said in: the strongest evidence first, name and birth date last.</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, but different birth dates</source>
        <translation>%1, pero distintas fechas de nacimiento</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>Same email</source>
        <translation>Mismo email</translation>
    </message>
    <message>
        <source>Same first and last name</source>
        <translation>Mismo nombre y apellido</translation>
    </message>
    <message>
        <source>Same last name and birth date</source>
        <translation>Mismo apellido y fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Merge this group…</source>
        <translation>Fusionar este grupo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking for likely duplicates among the %1 profiles loaded…</source>
        <translation>Buscando posibles duplicados entre los %1 perfiles cargados…</translation>
    </message>
    <message>
        <source>Looking for duplicates failed: %1</source>
        <translation>La búsqueda de duplicados ha fallado: %1</translation>
    </message>
    <message>
        <source>Groups in grey have little in common (often only a name): check them before merging.</source>
        <translation>Los grupos en gris tienen poco en común (a menudo solo el nombre): revísalos antes de combinarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s), score %1: %2</source>
        <translation>
            <numerusform>%n perfil, puntuación %1: %2</numerusform>
            <numerusform>%n perfiles, puntuación %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The score, from 0 to 100, says how surely these profiles are one guest. The same document number, email, phone number, or name with birth date count for it; different birth dates count against it. The strongest groups are listed first.</source>
        <translation>La puntuación, de 0 a 100, indica con qué seguridad estos perfiles son un solo huésped. El mismo número de documento, correo electrónico, número de teléfono o nombre con fecha de nacimiento cuentan a favor; fechas de nacimiento distintas cuentan en contra. Los grupos más seguros aparecen primero.</translation>
    </message>
    <message>
        <source>One group of likely duplicates</source>
        <translation>Un grupo de posibles duplicados</translation>
    </message>
    <message>
        <source>%1 groups of likely duplicates</source>
        <translation>%1 grupos de posibles duplicados</translation>
    </message>
    <message>
        <source> among the %2 profiles loaded in the list. Choose a group and merge it, or leave it if they are different guests.</source>
        <translation> entre los %2 perfiles cargados en la lista. Elige un grupo y fusiónalo, o déjalo si son huéspedes distintos.</translation>
    </message>
    <message>
        <source>No likely duplicates among the %1 profiles loaded in the list. Only loaded profiles are checked: search more widely to check more.</source>
        <translation>No hay posibles duplicados entre los %1 perfiles cargados. Solo se revisan los perfiles cargados: amplía la búsqueda para revisar más.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>&amp;Copy the whole message</source>
        <translation>&amp;Copiar el mensaje completo</translation>
    </message>
</context>
<context>
    <name>EnumChecklist</name>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocido)</translation>
    </message>
</context>
<context>
    <name>FileAndMergeActions</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to the guest</source>
        <translation>Adjuntar al huésped un documento escaneado</translation>
    </message>
    <message>
        <source>&amp;Merge selected…</source>
        <translation>&amp;Fusionar seleccionados…</translation>
    </message>
    <message>
        <source>Merge two or more selected duplicate profiles into one</source>
        <translation>Fusionar en uno dos o más perfiles duplicados seleccionados</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Mews accepts PDF documents and BMP, GIF, JPEG, PNG or TIFF images.</source>
        <translation>Mews acepta documentos PDF e imágenes BMP, GIF, JPEG, PNG o TIFF.</translation>
    </message>
    <message>
        <source>This is a Windows program, not a document.</source>
        <extracomment>Recognisable types that are refused, so the reason can name what the file really is.</extracomment>
        <translation>Es un programa de Windows, no un documento.</translation>
    </message>
    <message>
        <source>This is a program, not a document.</source>
        <translation>Es un programa, no un documento.</translation>
    </message>
    <message>
        <source>This is a script, not a document.</source>
        <translation>Es un script, no un documento.</translation>
    </message>
    <message>
        <source>This is a ZIP archive or an Office document. Save or print it as PDF first.</source>
        <translation>Es un archivo ZIP o un documento de Office. Guárdalo o imprímelo primero como PDF.</translation>
    </message>
    <message>
        <source>This is an old Office document. Save or print it as PDF first.</source>
        <translation>Es un documento antiguo de Office. Guárdalo o imprímelo primero como PDF.</translation>
    </message>
    <message>
        <source>This is an RTF document. Save it as PDF first.</source>
        <translation>Es un documento RTF. Guárdalo primero como PDF.</translation>
    </message>
    <message>
        <source>This is a HEIC photo (iPhone). Export it as JPEG first.</source>
        <translation>Es una foto HEIC (iPhone). Expórtala primero como JPEG.</translation>
    </message>
    <message>
        <source>This is a WebP image. Save it as JPEG or PNG first.</source>
        <translation>Es una imagen WebP. Guárdala primero como JPEG o PNG.</translation>
    </message>
    <message>
        <source>This is a compressed archive, not a document.</source>
        <translation>Es un archivo comprimido, no un documento.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is a web page, not a scan.</source>
        <translation>Es una página web, no un escaneo.</translation>
    </message>
    <message>
        <source>This file is not a PDF document or an image the desk recognises.</source>
        <translation>Este archivo no es un PDF ni una imagen reconocida.</translation>
    </message>
    <message>
        <source>This image is incomplete or damaged (it ends too early). Scan it again.</source>
        <translation>Esta imagen está incompleta o dañada (termina antes de tiempo). Escanéala de nuevo.</translation>
    </message>
    <message>
        <source>This PDF is incomplete or damaged (it has no end marker). Scan or save it again.</source>
        <translation>Este PDF está incompleto o dañado (no tiene marca de fin). Escanéalo o guárdalo de nuevo.</translation>
    </message>
    <message>
        <source>This file starts like a PDF but has no PDF structure. Scan or save it again.</source>
        <translation>Este archivo empieza como un PDF pero no tiene estructura PDF. Escanéalo o guárdalo de nuevo.</translation>
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
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>Imagen BMP</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Imagen TIFF</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>This image is damaged and cannot be opened. Scan it again.</source>
        <translation>Esta imagen está dañada y no se puede abrir. Escanéala de nuevo.</translation>
    </message>
    <message>
        <source>This PDF is password-protected, so colleagues could not open it. Save it again without a password.</source>
        <translation>Este PDF tiene contraseña y tus compañeros no podrían abrirlo. Guárdalo de nuevo sin contraseña.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be opened. Scan it again.</source>
        <translation>Este PDF está dañado y no se puede abrir. Escanéalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>GuestExportDialog</name>
    <message>
        <source>Export guest data</source>
        <translation>Exportar los datos del huésped</translation>
    </message>
    <message>
        <source>Export the data held about %1</source>
        <translation>Exportar los datos guardados sobre %1</translation>
    </message>
    <message>
        <source>For a guest&apos;s request to see their data: writes a JSON file and a printable PDF with the profile, its address, identity documents, open items and the files attached in this session.</source>
        <translation>Para la solicitud de un huésped de ver sus datos: escribe un archivo JSON y un PDF imprimible con el perfil, su dirección, los documentos de identidad, las partidas abiertas y los archivos adjuntados en esta sesión.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <source>Include &amp;full identity document numbers</source>
        <translation>Incluir los números &amp;completos de los documentos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
    <message>
        <source>Full document numbers</source>
        <translation>Números completos de los documentos</translation>
    </message>
    <message>
        <source>Write the full identity document numbers into the export?</source>
        <translation>¿Escribir los números completos de los documentos de identidad en la exportación?</translation>
    </message>
    <message>
        <source>Only when you have checked that the request comes from the guest. Anyone who gets the files can then read the guest&apos;s passport and ID numbers.</source>
        <translation>Solo si ha comprobado que la solicitud procede del huésped. Quien reciba los archivos podrá leer los números de pasaporte y de documento del huésped.</translation>
    </message>
    <message>
        <source>There is no folder at this path.</source>
        <translation>No hay ninguna carpeta en esta ruta.</translation>
    </message>
    <message>
        <source>Reading the guest&apos;s data from Mews…</source>
        <translation>Leyendo los datos del huésped desde Mews…</translation>
    </message>
    <message>
        <source>Guest data export</source>
        <translation>Exportación de datos del huésped</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Escribiendo los archivos…</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>No se pudieron escribir los archivos: %1</translation>
    </message>
    <message>
        <source>Written:
%1
%2</source>
        <translation>Escritos:
%1
%2</translation>
    </message>
    <message>
        <source>The guest&apos;s data could not be read: %1</source>
        <translation>No se pudieron leer los datos del huésped: %1</translation>
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
        <translation>Número</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>País de expedición</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>ID del archivo</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Datos guardados sobre %1</translation>
    </message>
    <message>
        <source>Exported on %1 from the front desk. This is everything the desk can read about the guest through Mews: the profile, its address, identity documents, open items, and the files attached from this desk in this session.</source>
        <translation>Exportado el %1 desde la recepción. Esto es todo lo que la recepción puede leer sobre el huésped a través de Mews: el perfil, su dirección, los documentos de identidad, las partidas abiertas y los archivos adjuntados desde este puesto en esta sesión.</translation>
    </message>
    <message>
        <source>Identity document numbers are shown in full, as confirmed by the receptionist.</source>
        <translation>Los números de los documentos de identidad figuran completos, según confirmó la recepción.</translation>
    </message>
    <message>
        <source>Identity document numbers are masked except for their last characters.</source>
        <translation>Los números de los documentos de identidad están ocultos salvo sus últimos caracteres.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Partidas abiertas</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Archivos adjuntados en esta sesión</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Saldo pendiente: %1</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentDialog</name>
    <message>
        <source>Edit identity document</source>
        <extracomment>Longest document number accepted (the API has no limit; passports use 9, visas ~20).</extracomment>
        <translation>Editar documento de identidad</translation>
    </message>
    <message>
        <source>Add identity document</source>
        <translation>Añadir documento de identidad</translation>
    </message>
    <message>
        <source>As printed; leave empty if the country has none</source>
        <translation>Tal como figura; déjalo vacío si el país no tiene</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Issuing country:</source>
        <translation>País de expedición:</translation>
    </message>
    <message>
        <source>Issuing city:</source>
        <translation>Ciudad de expedición:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Expedido el:</translation>
    </message>
    <message>
        <source>Expires on:</source>
        <translation>Caduca el:</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Este documento ha caducado.</translation>
    </message>
    <message>
        <source>Choose the type of document.</source>
        <translation>Elige el tipo de documento.</translation>
    </message>
    <message>
        <source>The issue date is not a date: type it as %1 or %2.</source>
        <translation>La fecha de expedición no es una fecha: escríbala como %1 o %2.</translation>
    </message>
    <message>
        <source>The expiry date is not a date: type it as %1 or %2.</source>
        <translation>La fecha de caducidad no es una fecha: escríbala como %1 o %2.</translation>
    </message>
    <message>
        <source>The issue date is in the future.</source>
        <translation>La fecha de expedición es futura.</translation>
    </message>
    <message>
        <source>The document expires before it was issued.</source>
        <translation>El documento caduca antes de su expedición.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentType</name>
    <message>
        <source>Passport</source>
        <extracomment>``IdentityDocumentTypeEnum`` values with their English labels, in the order offered.</extracomment>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <source>Driver&apos;s licence</source>
        <translation>Permiso de conducir</translation>
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
        <translation>Número</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>País de expedición</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Expedición</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>This document has expired.</source>
        <translation>Este documento ha caducado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducado)</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (caduca pronto)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>Mostrar número</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Adjuntar escaneo…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Files attached in this session</source>
        <translation>Archivos adjuntados en esta sesión</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Loading identity documents…</source>
        <translation>Cargando documentos de identidad…</translation>
    </message>
    <message>
        <source>No identity documents on this profile.</source>
        <translation>No hay documentos de identidad en este perfil.</translation>
    </message>
    <message>
        <source>Every document on this profile has expired.</source>
        <translation>Todos los documentos de este perfil han caducado.</translation>
    </message>
    <message>
        <source>The documents could not be loaded or saved: %1</source>
        <translation>No se pudieron cargar ni guardar los documentos: %1</translation>
    </message>
    <message>
        <source>Hide number</source>
        <translation>Ocultar número</translation>
    </message>
    <message>
        <source>Adding the document…</source>
        <translation>Añadiendo el documento…</translation>
    </message>
    <message>
        <source>Saving the document…</source>
        <translation>Guardando el documento…</translation>
    </message>
    <message>
        <source>Delete identity document</source>
        <translation>Eliminar documento de identidad</translation>
    </message>
    <message>
        <source>Delete the %1 %2 from this profile? This cannot be undone.</source>
        <translation>¿Eliminar %1 %2 de este perfil? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting the document…</source>
        <translation>Eliminando el documento…</translation>
    </message>
    <message>
        <source>%1 — %2, %3 — file id %4</source>
        <translation>%1 — %2, %3 — ID archivo %4</translation>
    </message>
    <message>
        <source>None yet. Scans attached from this desk are listed here.</source>
        <translation>Ninguno todavía. Aquí aparecen los escaneos adjuntados desde este puesto.</translation>
    </message>
    <message>
        <source>Save the profile first; documents belong to a saved one.</source>
        <translation>Guarda primero el perfil; los documentos pertenecen a un perfil guardado.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation>Árábe (Arabia Saudí)</translation>
    </message>
    <message>
        <source>Arabic (United Arab Emirates)</source>
        <translation>Árábe (Emiratos Árabes Unidos)</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>German (Austria)</source>
        <translation>Alemán (Austria)</translation>
    </message>
    <message>
        <source>German (Switzerland)</source>
        <translation>Alemán (Suiza)</translation>
    </message>
    <message>
        <source>German (Germany)</source>
        <translation>Alemán (Alemania)</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego Moderno (&gt;1453)</translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation>Inglés (Australia)</translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation>Inglés (Canadá)</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>English (Ireland)</source>
        <translation>Inglés (Irlanda)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Inglés (Estados Unidos)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation>Español (México)</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation>Francés (Bélgica)</translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation>Francés (Canadá)</translation>
    </message>
    <message>
        <source>French (Switzerland)</source>
        <translation>Francés (Suiza)</translation>
    </message>
    <message>
        <source>French (France)</source>
        <translation>Francés (Francia)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandés</translation>
    </message>
    <message>
        <source>Italian (Switzerland)</source>
        <translation>Italiano (Suiza)</translation>
    </message>
    <message>
        <source>Italian (Italy)</source>
        <translation>Italiano (Italia)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
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
        <translation>Letón</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegian Bokmål</translation>
    </message>
    <message>
        <source>Dutch (Belgium)</source>
        <translation>Neerlandés (Holandés) (Bélgica)</translation>
    </message>
    <message>
        <source>Dutch (Netherlands)</source>
        <translation>Neerlandés (Holandés) (Países Bajos)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugués (Portugal)</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukranio</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Emitted with a sentence to show the user after a new choice is stored.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Takes effect when Frontdesk restarts</source>
        <translation>Se aplica al reiniciar Frontdesk</translation>
    </message>
    <message>
        <source>Frontdesk will start in %1 next time.</source>
        <translation>Frontdesk se iniciará en %1 la próxima vez.</translation>
    </message>
    <message>
        <source>Frontdesk will follow the system language from the next start.</source>
        <translation>Frontdesk seguirá el idioma del sistema desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Last &amp;24 hours</source>
        <translation>Últimas &amp;24 horas</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 días</translation>
    </message>
    <message>
        <source>Last 3 &amp;months</source>
        <translation>Últimos 3 &amp;meses</translation>
    </message>
    <message>
        <source>Find a guest: name, email, room, loyalty code or ID</source>
        <translation>Buscar huésped: nombre, email, habitación, código de fidelidad o ID</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Buscar huésped</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>A&amp;vanzada</translation>
    </message>
    <message>
        <source>Recently &amp;updated</source>
        <translation>&amp;Modificados recientemente</translation>
    </message>
    <message>
        <source>Filter these results</source>
        <translation>Filtrar estos resultados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <source>&amp;Find guest</source>
        <translation>&amp;Buscar huésped</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>&amp;Limpiar búsqueda</translation>
    </message>
    <message>
        <source>Recently &amp;opened</source>
        <translation>Abiertos &amp;recientemente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Advanced search</source>
        <translation>Búsqueda a&amp;vanzada</translation>
    </message>
    <message>
        <source>No secure password store: tokens are kept until Frontdesk closes.</source>
        <translation>Sin almacén seguro: los tokens se guardan hasta cerrar Frontdesk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s)</source>
        <translation>
            <numerusform>%Ln huésped</numerusform>
            <numerusform>%Ln huéspedes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Profiles updated in the last %n day(s)</source>
        <translation>
            <numerusform>Perfiles modificados en el último día</numerusform>
            <numerusform>Perfiles modificados en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln guest(s)</source>
        <translation>
            <numerusform>%1 de %Ln huésped</numerusform>
            <numerusform>%1 de %Ln huéspedes</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles updated in the last 24 hours</source>
        <translation>Perfiles actualizados en las últimas 24 horas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Advanced search: %1</source>
        <translation>Búsqueda avanzada: %1</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <translation>%1 para “%2”</translation>
    </message>
    <message>
        <source>%1, more load as you scroll</source>
        <translation>%1, se cargan más al desplazarte</translation>
    </message>
    <message>
        <source>%1: searching…</source>
        <translation>%1: buscando…</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 por ahora, todavía buscando…</translation>
    </message>
    <message>
        <source>%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.</source>
        <translation>%1 — puede estar incompleto: una parte de la búsqueda falló. Actualizar (Ctrl+R) para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Type a guest&apos;s name, email, room number or loyalty code, then press Enter.
Ctrl+F jumps here from anywhere.</source>
        <translation>Escribe el nombre, email, número de habitación o código de fidelidad de un huésped y pulsa Intro.
Ctrl+F te trae aquí desde cualquier sitio.</translation>
    </message>
    <message>
        <source>No loaded guest matches the filter.</source>
        <translation>Ningún huésped cargado coincide con el filtro.</translation>
    </message>
    <message>
        <source>No guest opened yet</source>
        <translation>Aún no se ha abierto ningún huésped</translation>
    </message>
</context>
<context>
    <name>MergeComparison</name>
    <message>
        <source>Title</source>
        <extracomment>``translate(context, source_text)``: the UI passes Qt&apos;s translation, tests may pass none.</extracomment>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Código de fidelidad</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>ID documents</source>
        <extracomment>Rows that say which record this is rather than who the guest is; never &quot;filled in&quot;.</extracomment>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>nada pendiente</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (se conserva)</translation>
    </message>
    <message>
        <source>%1 (disappears)</source>
        <translation>%1 (desaparece)</translation>
    </message>
    <message>
        <source>Click to keep this profile</source>
        <translation>Haz clic para conservar este perfil</translation>
    </message>
    <message>
        <source>Merge duplicate profiles</source>
        <translation>Fusionar perfiles duplicados</translation>
    </message>
    <message>
        <source>Keep this profile:</source>
        <translation>Conservar este perfil:</translation>
    </message>
    <message>
        <source>Green: the profile that is kept. Yellow: a value that differs from it. Click a column title to keep that profile instead.</source>
        <translation>Verde: el perfil que se conserva. Amarillo: un valor distinto. Haz clic en el título de una columna para conservar ese perfil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Choose at least two profiles to merge.</source>
        <translation>Elige al menos dos perfiles para fusionar.</translation>
    </message>
    <message>
        <source>Too many profiles for one merge.</source>
        <translation>Demasiados perfiles para una fusión.</translation>
    </message>
    <message>
        <source>Loading the profiles…</source>
        <translation>Cargando los perfiles…</translation>
    </message>
    <message>
        <source>The profiles could not be loaded: %1</source>
        <translation>No se pudieron cargar los perfiles: %1</translation>
    </message>
    <message>
        <source>Some of these profiles no longer exist or were already merged. Refresh the list.</source>
        <translation>Algunos perfiles ya no existen o ya se fusionaron. Actualiza la lista.</translation>
    </message>
    <message>
        <source>ID documents and open balance could not be loaded: %1</source>
        <translation>No se pudieron cargar los documentos de identidad ni el saldo pendiente: %1</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other profile will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profile holds may not be copied over.</source>
        <translation>La fusión no se puede deshacer. El otro perfil se integrará en el perfil de %1, que conserva su ID; las estancias y el historial del huésped lo siguen. Revisa después el perfil conservado: los datos que solo tiene el otro perfil pueden no copiarse.</translation>
    </message>
    <message>
        <source>Merging cannot be undone. The other %n profiles will disappear into the profile of %1, which keeps its id; the guest&apos;s stays and history follow it. Check the kept profile afterwards: details that only the other profiles hold may not be copied over.</source>
        <translation>La fusión no se puede deshacer. Los otros %n perfiles se integrarán en el perfil de %1, que conserva su ID; las estancias y el historial del huésped lo siguen. Revisa después el perfil conservado: los datos que solo tienen los otros perfiles pueden no copiarse.</translation>
    </message>
    <message>
        <source>Merge %1 profiles into %2</source>
        <translation>Fusionar %1 perfiles en %2</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>The merge did not go through: %1</source>
        <translation>La fusión no se completó: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <source>The check digit of the document number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <extracomment>(lines, characters per line) of each format.</extracomment>
        <translation>El dígito de control del número de documento es incorrecto (la zona indica %1, los datos dan %2). Vuelve a leer el documento; no se ha rellenado nada.</translation>
    </message>
    <message>
        <source>The check digit of the birth date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>El dígito de control de la fecha de nacimiento es incorrecto (la zona indica %1, los datos dan %2). Vuelve a leer el documento; no se ha rellenado nada.</translation>
    </message>
    <message>
        <source>The check digit of the expiry date is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>El dígito de control de la fecha de caducidad es incorrecto (la zona indica %1, los datos dan %2). Vuelve a leer el documento; no se ha rellenado nada.</translation>
    </message>
    <message>
        <source>The check digit of the personal number is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>El dígito de control del número personal es incorrecto (la zona indica %1, los datos dan %2). Vuelve a leer el documento; no se ha rellenado nada.</translation>
    </message>
    <message>
        <source>The composite check digit over the whole zone is wrong (the zone says %1, the data gives %2). Read the document again; nothing was filled in.</source>
        <translation>El dígito de control global de la zona es incorrecto (la zona indica %1, los datos dan %2). Vuelve a leer el documento; no se ha rellenado nada.</translation>
    </message>
    <message>
        <source>The birth date %1 in the zone is not a date.</source>
        <translation>La fecha de nacimiento %1 de la zona no es una fecha.</translation>
    </message>
    <message>
        <source>The expiry date %1 in the zone is not a date.</source>
        <translation>La fecha de caducidad %1 de la zona no es una fecha.</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone: expected 2 lines of 44, 2 lines of 36 or 3 lines of 30 characters, got %1.</source>
        <extracomment>The name field used its full width: the name may have been cut short.</extracomment>
        <translation>Esto no es una zona de lectura mecánica: se esperaban 2 líneas de 44, 2 líneas de 36 o 3 líneas de 30 caracteres; se leyeron %1.</translation>
    </message>
    <message>
        <source>The zone contains characters no passport uses: %1</source>
        <translation>La zona contiene caracteres que ningún pasaporte usa: %1</translation>
    </message>
</context>
<context>
    <name>MrzDialogs</name>
    <message>
        <source>%1 %2, valid until %3</source>
        <translation>%1 %2, válido hasta el %3</translation>
    </message>
    <message>
        <source>The document and the profile differ</source>
        <translation>El documento y el perfil no coinciden</translation>
    </message>
    <message>
        <source>The document read (%1) differs from the profile of %2. Choose for each field what to keep; nothing is saved until you save the profile.</source>
        <translation>El documento leído (%1) no coincide con el perfil de %2. Elige para cada campo qué conservar; no se guarda nada hasta que guardes el perfil.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In the profile</source>
        <translation>En el perfil</translation>
    </message>
    <message>
        <source>On the document</source>
        <translation>En el documento</translation>
    </message>
    <message>
        <source>&amp;Use the chosen values</source>
        <translation>&amp;Usar los valores elegidos</translation>
    </message>
    <message>
        <source>&amp;Leave the profile as it is</source>
        <translation>&amp;Dejar el perfil como está</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nuevo huésped</translation>
    </message>
    <message>
        <source>No profile in Mews has this document, or this name and birth date: %1, born %2.</source>
        <translation>Ningún perfil de Mews tiene este documento, ni este nombre y fecha de nacimiento: %1, nacido/a el %2.</translation>
    </message>
    <message>
        <source>Start a new profile filled in from the document? %1 is added to it when you save it.</source>
        <translation>¿Crear un perfil nuevo rellenado con el documento? %1 se añade al guardarlo.</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <source>Document not read</source>
        <translation>Documento no leído</translation>
    </message>
</context>
<context>
    <name>OpenItemState</name>
    <message>
        <source>Open</source>
        <extracomment>Accounting and payment states (``Open``, ``Charged``...) in a receptionist&apos;s words.</extracomment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En verificación</translation>
    </message>
</context>
<context>
    <name>OpenItemType</name>
    <message>
        <source>Cancellation fee</source>
        <extracomment>Order item types, payment types and revenue types, as the description column shows them.</extracomment>
        <translation>Cargo por cancelación</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Exchange rate difference</source>
        <translation>Diferencia de cambio</translation>
    </message>
    <message>
        <source>Custom item</source>
        <translation>Concepto personalizado</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <source>Surcharge discount</source>
        <translation>Descuento del recargo</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Product order</source>
        <translation>Pedido de producto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Tax correction</source>
        <translation>Corrección de impuestos</translation>
    </message>
    <message>
        <source>Room upgrade fee</source>
        <translation>Cargo por mejora de habitación</translation>
    </message>
    <message>
        <source>Invoice fee</source>
        <translation>Cargo por factura</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Bad debts</source>
        <translation>Deudas incobrables</translation>
    </message>
    <message>
        <source>Wire transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Exchange rounding difference</source>
        <translation>Diferencia de redondeo de cambio</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Comisiones bancarias</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Adicional</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Open a saved profile to see its open items.</source>
        <translation>Abre un perfil guardado para ver sus partidas abiertas.</translation>
    </message>
    <message>
        <source>Loading open items…</source>
        <translation>Cargando partidas abiertas…</translation>
    </message>
    <message>
        <source>Nothing open: the guest owes nothing.</source>
        <translation>Nada pendiente: el huésped no debe nada.</translation>
    </message>
    <message>
        <source>Open balance: %1</source>
        <translation>Saldo pendiente: %1</translation>
    </message>
</context>
<context>
    <name>Option</name>
    <message>
        <source>Send marketing emails</source>
        <translation>Enviar emails de marketing</translation>
    </message>
    <message>
        <source>Invoiceable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Objects to address on bill</source>
        <translation>Sin dirección en la factura</translation>
    </message>
    <message>
        <source>Send marketing postal mail</source>
        <translation>Enviar correo postal de marketing</translation>
    </message>
    <message>
        <source>Send partner marketing emails</source>
        <translation>Enviar emails de socios</translation>
    </message>
    <message>
        <source>Send partner marketing postal mail</source>
        <translation>Enviar correo postal de socios</translation>
    </message>
    <message>
        <source>Consents to card withdrawal</source>
        <translation>Acepta el cargo en tarjeta</translation>
    </message>
    <message>
        <source>Ask consent for a guest photo</source>
        <translation>Pedir permiso para una foto</translation>
    </message>
    <message>
        <source>Ask consent for ID document photos</source>
        <translation>Pedir permiso para fotos del documento</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Type the date as %1 or %2, or press Alt+Down for a calendar.</source>
        <translation>Escriba la fecha como %1 o %2, o pulse Alt+Abajo para ver un calendario.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>PassportReader</name>
    <message>
        <source>Read the document of %1 (%2); looking for the guest in Mews…</source>
        <extracomment>(customer id, document, match) while the matching profile loads in the editor. The document of a new profile, added once that profile is saved. The last thing said in the status bar, for the log of a session and for tests.</extracomment>
        <translation>Leído el documento de %1 (%2); buscando al huésped en Mews…</translation>
    </message>
    <message>
        <source>The guest could not be looked up; read the document again.</source>
        <translation>No se pudo buscar al huésped; vuelve a leer el documento.</translation>
    </message>
    <message>
        <source>%1 added to the profile.</source>
        <translation>%1 añadido al perfil.</translation>
    </message>
    <message>
        <source>%1 is already on the profile.</source>
        <translation>%1 ya está en el perfil.</translation>
    </message>
    <message>
        <source>%1 on the profile corrected from the document.</source>
        <translation>%1 del perfil corregido según el documento.</translation>
    </message>
    <message>
        <source>Read the document again once the open profile is saved.</source>
        <translation>Vuelve a leer el documento cuando se haya guardado el perfil abierto.</translation>
    </message>
    <message>
        <source>New profile filled in from the document: complete it and save it.</source>
        <translation>Perfil nuevo rellenado con el documento: complétalo y guárdalo.</translation>
    </message>
</context>
<context>
    <name>PlatformLibraries</name>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install them with &quot;apt install %2&quot; on Debian or Ubuntu, or with &quot;dnf install %3&quot; on Fedora.</source>
        <extracomment>%1 names library files, %2 and %3 are package names: keep the two commands as they are.</extracomment>
        <translation>Frontdesk no puede abrir su ventana porque a este sistema le faltan bibliotecas que Qt necesita para X11 (%1); instálalas como root con &quot;apt install %2&quot; en Debian o Ubuntu, o con &quot;dnf install %3&quot; en Fedora.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because this system lacks libraries Qt needs for X11 (%1); as root, install the packages of your system that provide them.</source>
        <extracomment>%1 names library files.</extracomment>
        <translation>Frontdesk no puede abrir su ventana porque a este sistema le faltan bibliotecas que Qt necesita para X11 (%1); instala como root los paquetes de tu sistema que las proporcionan.</translation>
    </message>
    <message>
        <source>Frontdesk cannot open its window because no display is set (neither DISPLAY nor WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server&apos;s.</source>
        <translation>Frontdesk no puede abrir su ventana porque no hay ninguna pantalla definida (ni DISPLAY ni WAYLAND_DISPLAY): inícielo desde una sesión de escritorio o defina DISPLAY con la del servidor X.</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios de %1?</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>este perfil</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>Profile changed by someone else</source>
        <translation>Perfil modificado por otra persona</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Highlighted fields were changed on both sides; saving keeps their other changes and replaces the highlighted fields with yours.</source>
        <translation>Este perfil se modificó en Mews después de abrirlo. Los campos resaltados se cambiaron en ambos lados; al guardar se conservan los demás cambios y los campos resaltados toman sus valores.</translation>
    </message>
    <message>
        <source>This profile was changed in Mews after you opened it. Saving keeps their changes and adds yours.</source>
        <translation>Este perfil se modificó en Mews después de abrirlo. Al guardar se conservan esos cambios y se añaden los suyos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Al abrirlo</translation>
    </message>
    <message>
        <source>Now in Mews</source>
        <translation>Ahora en Mews</translation>
    </message>
    <message>
        <source>After you save</source>
        <translation>Tras guardar</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Guardar mis cambios</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Descartar los míos, cargar los suyos</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>This guest may already have a profile</source>
        <translation>Puede que este huésped ya tenga un perfil</translation>
    </message>
    <message>
        <source>Before creating a new profile, check whether one of these is the same guest.</source>
        <translation>Antes de crear un perfil nuevo, comprueba si alguno de estos es el mismo huésped.</translation>
    </message>
    <message>
        <source>Mews keeps one profile per email address. For a separate profile, cancel and remove or change the email first.</source>
        <translation>Mews mantiene un solo perfil por dirección de correo. Para un perfil aparte, cancele y quite o cambie primero el correo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open selected profile</source>
        <translation>Abrir el perfil seleccionado</translation>
    </message>
    <message>
        <source>Overwrite: Mews replaces the basic personal details (title, first name, last name and the other personal fields you filled in) of the existing profile with the email %1 with what you entered. Its history, reservations and other details stay. This cannot be undone.</source>
        <translation>Sobrescribir: Mews sustituye los datos personales básicos (tratamiento, nombre, apellido y los demás campos personales rellenados) del perfil existente con el email %1 por lo que has introducido. Su historial, reservas y demás datos se mantienen. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Overwrite profile with this email</source>
        <translation>Sobrescribir el perfil con este email</translation>
    </message>
    <message>
        <source>Create new profile anyway</source>
        <translation>Crear perfil nuevo de todos modos</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Save</source>
        <extracomment>A profile is on its way: the form takes no typing, the arriving one would replace it.</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes to Mews (Ctrl+S)</source>
        <translation>Guardar los cambios en Mews (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>Add a new customer profile (Ctrl+N)</source>
        <translation>Añadir un perfil de cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a scanned ID or document to this profile</source>
        <translation>Adjuntar a este perfil un documento escaneado</translation>
    </message>
    <message>
        <source>Export guest data…</source>
        <translation>Exportar datos del huésped…</translation>
    </message>
    <message>
        <source>Write everything held about this guest to JSON and PDF files</source>
        <translation>Escribir todo lo guardado sobre este huésped en archivos JSON y PDF</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Failures a second try may fix, the client&apos;s own rule: the bar offers Retry for these.</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Partidas abiertas</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>A new profile has no open items.</source>
        <translation>Un perfil nuevo no tiene partidas abiertas.</translation>
    </message>
    <message>
        <source>Loading profile…</source>
        <translation>Cargando perfil…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews.</source>
        <translation>Este perfil ya no existe en Mews.</translation>
    </message>
    <message>
        <source>Please wait until the profile is saved.</source>
        <translation>Espera a que se guarde el perfil.</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Corrige los campos marcados antes de guardar.</translation>
    </message>
    <message>
        <source>Mews does not clear a field left empty: it will keep the old value.</source>
        <translation>Mews no vacía un campo en blanco: mantiene el valor anterior.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This profile no longer exists in Mews; nothing was saved.</source>
        <translation>Este perfil ya no existe en Mews; no se guardó nada.</translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation>No se guardó. Tus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Loaded the version now in Mews; your changes were discarded.</source>
        <translation>Se cargó la versión actual de Mews; tus cambios se descartaron.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Mews cannot clear a field through this connection, so these kept their old value: %1.</source>
        <translation>Mews no puede vaciar campos con esta conexión, así que estos mantienen su valor anterior: %1.</translation>
    </message>
    <message>
        <source>Profile created.</source>
        <translation>Perfil creado.</translation>
    </message>
    <message>
        <source>Not saved. The new profile is still here.</source>
        <translation>No se guardó. El perfil nuevo sigue aquí.</translation>
    </message>
    <message>
        <source>Existing profile overwritten.</source>
        <translation>Perfil existente sobrescrito.</translation>
    </message>
    <message>
        <source>Your changes are still here; try again.</source>
        <translation>Tus cambios siguen aquí; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>(RequestId %1)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>Title</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Second last name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <source>Birth country</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Birth province</source>
        <translation>Provincia de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region / subdivision</source>
        <translation>Región / provincia</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Loyalty code</source>
        <translation>Código de fidelidad</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Código de facturación</translation>
    </message>
    <message>
        <source>Accounting code</source>
        <translation>Código contable</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Car registration</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Dietary requirements</source>
        <translation>Requisitos dietéticos</translation>
    </message>
    <message>
        <source>Destination code (SDI)</source>
        <translation>Código de destino (SDI)</translation>
    </message>
    <message>
        <source>Fiscal code</source>
        <translation>Código fiscal</translation>
    </message>
    <message>
        <source>Lottery code</source>
        <translation>Código de lotería</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Temporary OTA email</source>
        <translation>Email OTA temporal</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>Room preferences</source>
        <translation>Preferencias de habitación</translation>
    </message>
    <message>
        <source>Language (derived)</source>
        <translation>Idioma (deducido)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Quitar la fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>ProfileGroup</name>
    <message>
        <source>Personal</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Billing and tax</source>
        <translation>Facturación e impuestos</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Italian codes</source>
        <translation>Códigos italianos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Last name is required.</source>
        <translation>El apellido es obligatorio.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>No es un email válido.</translation>
    </message>
    <message>
        <source>Use digits, spaces and + ( ) - / . only, at least 4 digits.</source>
        <translation>Solo dígitos, espacios y + ( ) - / ., al menos 4 dígitos.</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or %2.</source>
        <translation>No es una fecha: escríbala como %1 o %2.</translation>
    </message>
    <message>
        <source>Birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Birth date is before 1900.</source>
        <translation>Fecha de nacimiento anterior a 1900.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>Pick a country from the list.</source>
        <translation>Elige un país de la lista.</translation>
    </message>
    <message>
        <source>Use an ISO 3166-2 code such as DE-BY or ES-C.</source>
        <translation>Usa un código ISO 3166-2 como DE-BY o ES-C.</translation>
    </message>
    <message>
        <source>Use a culture code such as en-GB.</source>
        <translation>Usa un código de cultura como en-GB.</translation>
    </message>
    <message>
        <source>A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</source>
        <translation>Un ID de empresa es como 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111.</translation>
    </message>
    <message>
        <source>A fiscal code has 16 letters and digits (11 digits for a company).</source>
        <translation>Un código fiscal tiene 16 letras y dígitos (11 dígitos para una empresa).</translation>
    </message>
    <message>
        <source>A destination code has 6 or 7 letters and digits.</source>
        <translation>Un código de destino tiene 6 o 7 letras y dígitos.</translation>
    </message>
    <message>
        <source>A lottery code has 2 to 15 letters and digits.</source>
        <translation>Un código de lotería tiene de 2 a 15 letras y dígitos.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Nothing to search for.</source>
        <extracomment>After this many rows the cyclic collector&apos;s survivors are frozen: they are long-lived table rows, and scanning them again on every collection is what stalls the GUI.</extracomment>
        <translation>Nada que buscar.</translation>
    </message>
    <message>
        <source>Connecting… the search for “%1” starts as soon as it is ready.</source>
        <translation>Conectando… La búsqueda de «%1» empezará en cuanto la conexión esté lista.</translation>
    </message>
    <message>
        <source>Not connected yet. %1</source>
        <translation>Aún no conectado. %1</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando “%1”…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>%1
RequestId: %2</source>
        <translation>%1
RequestId: %2</translation>
    </message>
    <message>
        <source>Nobody is staying in room %1 right now.</source>
        <translation>Nadie se aloja ahora en la habitación %1.</translation>
    </message>
    <message>
        <source>No guest profile was updated in that period.</source>
        <translation>Ningún perfil de huésped se modificó en ese periodo.</translation>
    </message>
    <message>
        <source>No guest named “%1”.
Mews matches whole names: check the spelling, or try the last name only.</source>
        <translation>Ningún huésped llamado “%1”.
Mews compara nombres completos: revisa la ortografía o prueba solo el apellido.</translation>
    </message>
    <message>
        <source>No guest matches “%1”.</source>
        <translation>Ningún huésped coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Looking guests up by room number is not available on this connection yet. Search by the guest&apos;s name instead.</source>
        <extracomment>The first page is small so that rows appear fast; scrolling asks for full pages. Turns a typed room number into the resource id ``customers/search`` expects (see :class:`~desktop.desk.room_directory.RoomDirectory`).</extracomment>
        <translation>La búsqueda por número de habitación aún no está disponible en esta conexión. Busca por el nombre.</translation>
    </message>
    <message>
        <source>Times must be in UTC.</source>
        <extracomment>Translation context of the hints and problems below (the UI translates them).</extracomment>
        <translation>Las horas deben estar en UTC.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El final es anterior al inicio.</translation>
    </message>
    <message>
        <source>Mews allows at most 3 months between start and end.</source>
        <translation>Mews permite como máximo 3 meses entre inicio y fin.</translation>
    </message>
    <message>
        <source>Type the whole email address.</source>
        <extracomment>Keep only answers whose last name folds to this (set when spellings were guessed). First names are asked for together with a last name, so fewer guesses carry them.</extracomment>
        <translation>Escribe el email completo.</translation>
    </message>
    <message>
        <source>Mews cannot search by phone number; search by name, email or room instead.</source>
        <translation>Mews no busca por teléfono; busca por nombre, email o habitación.</translation>
    </message>
</context>
<context>
    <name>SelectionSummary</name>
    <message>
        <source>Merge them into one profile, or select one guest to see and edit it.</source>
        <translation>Combínalos en un solo perfil, o selecciona un huésped para verlo y editarlo.</translation>
    </message>
    <message>
        <source>&amp;Merge these guests…</source>
        <translation>&amp;Combinar estos huéspedes…</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) selected</source>
        <translation>
            <numerusform>%n huésped seleccionado</numerusform>
            <numerusform>%n huéspedes seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not connected to Mews yet. Choose a connection first.</source>
        <extracomment>Translation context of ``Session.state_detail`` (English source texts, shown translated).</extracomment>
        <translation>Aún no conectado a Mews. Elige primero una conexión.</translation>
    </message>
    <message>
        <source>Tokens are missing for this connection.</source>
        <extracomment>``connect_saved`` found no complete tokens for the profile: ask for them.</extracomment>
        <translation>Faltan los tokens de esta conexión.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Iniciando el sandbox integrado…</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1</source>
        <translation>El sandbox integrado no se inició: %1</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
</context>
<context>
    <name>Stay</name>
    <message>
        <source>checked in</source>
        <extracomment>Between the classification labels of a row; no label contains it (see ``labels``). Reservation states in the words a front desk uses (&quot;Started&quot; is Mews for checked in).</extracomment>
        <translation>alojado</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>llega</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>enquiry</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>Title</name>
    <message>
        <source>Mr.</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <source>Ms.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <source>Mrs.</source>
        <translation>Sra.</translation>
    </message>
</context>
</TS>
