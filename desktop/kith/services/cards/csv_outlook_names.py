"""The column names of Outlook's CSV export in other languages (data for ``csv_layouts``).

Outlook names its columns in the language it runs in. Outlook's English name (as
``csv_layouts._outlook`` reads it) -> the same column in Outlook's own CSV export in that language;
several names where versions differ. Dates in these exports are day first. Only names
taken from such exports are listed. Google Contacts is read by its English header only:
no export of it in these languages was at hand to take the names from.
"""

from __future__ import annotations

OUTLOOK_LANGUAGES: dict[str, dict[str, tuple[str, ...]]] = {
    # German: Outlook's export in German (as a German user's Outlook/Excel file wrote it;
    # the same names as Roundcube's csv2vcard de_DE table, taken from such exports).
    "German": {
        "First Name": ("Vorname",), "Middle Name": ("Weitere Vornamen",),
        "Last Name": ("Nachname",), "Company": ("Firma",), "Department": ("Abteilung",),
        "Job Title": ("Position",), "E-mail Address": ("E-Mail-Adresse",),
        "E-mail 2 Address": ("E-Mail 2: Adresse",), "E-mail 3 Address": ("E-Mail 3: Adresse",),
        "Mobile Phone": ("Mobiltelefon",), "Business Phone": ("Telefon geschäftlich",),
        "Home Phone": ("Telefon privat",), "Birthday": ("Geburtstag",),
        "Notes": ("Notizen",), "Categories": ("Kategorien",), "Web Page": ("Webseite",)},
    # French: Outlook's export in French (as Roundcube's csv2vcard fr_FR table lists it).
    "French": {
        "First Name": ("Prénom",), "Middle Name": ("Deuxième prénom",),
        "Last Name": ("Nom",), "Company": ("Société",), "Department": ("Service",),
        "Job Title": ("Profession",), "E-mail Address": ("Adresse de messagerie",),
        "Mobile Phone": ("Tél. mobile",), "Business Phone": ("Téléphone (bureau)",),
        "Home Phone": ("Téléphone (domicile)",), "Birthday": ("Anniversaire",),
        "Notes": ("Notes",), "Categories": ("Catégories",), "Web Page": ("Page Web",)},
    # Spanish: Outlook's export in Spanish (Roundcube's csv2vcard es_ES table; that export
    # keeps some columns in English).
    "Spanish": {
        "First Name": ("Nombre",), "Middle Name": ("Segundo nombre",),
        "Last Name": ("Apellidos",), "Company": ("Organización", "Compañía"),
        "Job Title": ("Puesto",),
        "E-mail Address": ("Dirección de correo electrónico", "E-mail Address"),
        "E-mail 2 Address": ("Dirección de correo electrónico 2",),
        "Mobile Phone": ("Teléfono móvil", "Mobile Phone"),
        "Business Phone": ("Teléfono del trabajo",), "Home Phone": ("Particular",),
        "Birthday": ("Cumpleaños", "Birthday"), "Notes": ("Notas", "Notes"),
        "Categories": ("Categorías",), "Web Page": ("Página web",)},
    # Dutch: Outlook's export in Dutch (the header of a Dutch Outlook export in
    # Open-Xchange's CSV importer tests).
    "Dutch": {
        "First Name": ("Voornaam",), "Middle Name": ("Middelste naam",),
        "Last Name": ("Achternaam",), "Company": ("Bedrijf",), "Department": ("Afdeling",),
        "Job Title": ("Functie",), "E-mail Address": ("E-mailadres",),
        "E-mail 2 Address": ("E-mailadres 2",), "E-mail 3 Address": ("E-mailadres 3",),
        "Mobile Phone": ("Mobiele telefoon",), "Business Phone": ("Telefoon op werk",),
        "Home Phone": ("Telefoon thuis",), "Birthday": ("Verjaardag",),
        "Notes": ("Notities",), "Categories": ("Categorieën", "Categorien"),
        "Web Page": ("Webpagina",)},
    # Italian: Outlook's export in Italian (Roundcube's csv2vcard it_IT table).
    "Italian": {
        "First Name": ("Nome",), "Middle Name": ("Secondo nome",),
        "Last Name": ("Cognome",), "Company": ("Società",), "Department": ("Reparto",),
        "Job Title": ("Qualifica",), "E-mail Address": ("Indirizzo e-mail",),
        "E-mail 2 Address": ("Indirizzo e-mail 2",), "E-mail 3 Address": ("Indirizzo e-mail 3",),
        "Mobile Phone": ("Telefono mobile", "Cellulare"),
        "Business Phone": ("Telefono di lavoro",), "Home Phone": ("Telefono di casa",),
        "Birthday": ("Compleanno",), "Notes": ("Note",), "Categories": ("Categorie",),
        "Web Page": ("Pagina Web",)},
}
