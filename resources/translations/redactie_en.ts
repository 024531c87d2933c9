<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the English sources are the UI text, but "%n error(s)" needs
     its singular and plural spelt out (Qt's numerus forms). -->
<TS version="2.1" language="en_GB">
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteController</name>
    <message numerus="yes">
        <source>%n article(s) indexed</source>
        <translation>
            <numerusform>%n article indexed</numerusform>
            <numerusform>%n articles indexed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message numerus="yes">
        <source>%n commit(s) to push</source>
        <translation>
            <numerusform>%n commit to push</numerusform>
            <numerusform>%n commits to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s) on the site —</source>
        <translation>
            <numerusform>%n new commit on the site —</numerusform>
            <numerusform>%n new commits on the site —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (fast-forward): %n commit(s) taken from the site.</source>
        <translation>
            <numerusform>Updated (fast-forward): %n commit taken from the site.</numerusform>
            <numerusform>Updated (fast-forward): %n commits taken from the site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated (rebase): %n commit(s) taken from the site, yours replayed on top.</source>
        <translation>
            <numerusform>Updated (rebase): %n commit taken from the site, yours replayed on top.</numerusform>
            <numerusform>Updated (rebase): %n commits taken from the site, yours replayed on top.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated: %n commit(s) taken from the site; your choices are committed as a merge (both versions stay in the history) and go to the site with your next push.</source>
        <translation>
            <numerusform>Updated: %n commit taken from the site; your choices are committed as a merge (both versions stay in the history) and go to the site with your next push.</numerusform>
            <numerusform>Updated: %n commits taken from the site; your choices are committed as a merge (both versions stay in the history) and go to the site with your next push.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OthersNotice</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
