; Inno Setup script for redactie on Windows: `python packaging/build.py` runs it with
;   iscc /DAppVersion=<version from pyproject.toml> /DDistDir=<dist folder> redactie.iss
; Per-user install by default (no admin rights needed), start-menu entry, optional desktop icon,
; "Open with" for .md files, and an uninstaller. AppId must never change between versions.

#ifndef AppVersion
  #error Pass /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif

[Setup]
AppId={{6E2B8C1A-4F0D-4C7B-9E57-2D1C0A9B7F31}
AppName=redactie
AppVersion={#AppVersion}
AppPublisher=redactie developers
AppPublisherURL=https://example.invalid/redactie
DefaultDirName={autopf}\redactie
DefaultGroupName=redactie
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputBaseFilename=redactie-{#AppVersion}-setup
OutputDir={#DistDir}
SetupIconFile=..\..\build\staging\icons\redactie.ico
UninstallDisplayIcon={app}\redactie.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\redactie\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\redactie"; Filename: "{app}\redactie.exe"; AppUserModelID: "nl.redactie.Redactie"
Name: "{autodesktop}\redactie"; Filename: "{app}\redactie.exe"; Tasks: desktopicon

[Registry]
; "Open with redactie" for Markdown files; the user's own default stays as it is.
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "redactie.Markdown"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "redactie.Markdown"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\redactie.Markdown"; ValueType: string; ValueName: ""; ValueData: "Markdown-artikel"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\redactie.Markdown\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\redactie.exe,0"
Root: HKA; Subkey: "Software\Classes\redactie.Markdown\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\redactie.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\redactie.exe\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\redactie.exe"; Description: "{cm:LaunchProgram,redactie}"; Flags: nowait postinstall skipifsilent
