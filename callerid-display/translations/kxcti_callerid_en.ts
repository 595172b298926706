<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>kxcti::callerid</name>
    <message>
        <source>Cannot write the registry value %1.</source>
        <translation>Cannot write the registry value %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check its permissions.</source>
        <translation>Cannot remove %1: check its permissions.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <source>lost after %1</source>
        <translation>lost after %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>The CRM URL template is not a valid URL: %1</source>
        <translation>The CRM URL template is not a valid URL: %1</translation>
    </message>
    <message>
        <source>The CRM command is empty or has an unclosed quote: %1</source>
        <translation>The CRM command is empty or has an unclosed quote: %1</translation>
    </message>
    <message>
        <source>No CRM action is set: Settings, CRM action.</source>
        <translation>No CRM action is set: Settings, CRM action.</translation>
    </message>
    <message>
        <source>No program opens %1 on this desktop.</source>
        <translation>No program opens %1 on this desktop.</translation>
    </message>
    <message>
        <source>Cannot start the CRM command %1: check the path in Settings.</source>
        <translation>Cannot start the CRM command %1: check the path in Settings.</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::CallerIdApp</name>
    <message>
        <source>kxcti Caller ID</source>
        <translation>kxcti Caller ID</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::HistoryWindow</name>
    <message>
        <source>kxcti Caller ID: today&apos;s calls</source>
        <translation>kxcti Caller ID: today&apos;s calls</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Open CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) today</source>
        <translation>
            <numerusform>%n call today</numerusform>
            <numerusform>%n calls today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::PopupWindow</name>
    <message>
        <source>Copy number</source>
        <translation>Copy number</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Open CRM</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Number withheld</translation>
    </message>
    <message>
        <source>Not in the phonebook</source>
        <translation>Not in the phonebook</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Line %1 · %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>CO %1</source>
        <translation>CO %1</translation>
    </message>
    <message>
        <source>Ext. %1</source>
        <translation>Ext. %1</translation>
    </message>
    <message>
        <source>First call from this number</source>
        <translation>First call from this number</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s), the last %1</source>
        <translation>
            <numerusform>%n earlier call, on %1</numerusform>
            <numerusform>%n earlier calls, the last %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calls: looking up…</source>
        <translation>Last calls: looking up…</translation>
    </message>
    <message>
        <source>Last calls: %1</source>
        <translation>Last calls: %1</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <source>Lost before, not called back</source>
        <translation>Lost before, not called back</translation>
    </message>
    <message>
        <source>Lost before, called back since</source>
        <translation>Lost before, called back since</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::SettingsDialog</name>
    <message>
        <source>kxcti Caller ID: settings</source>
        <translation>kxcti Caller ID: settings</translation>
    </message>
    <message>
        <source>Encrypt (TLS)</source>
        <translation>Encrypt (TLS)</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <source>e.g. 101 or 101, 102; empty: all of the user&apos;s</source>
        <translation>e.g. 101 or 101, 102; empty: all of the user&apos;s</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>Extension(s)</source>
        <translation>Extension(s)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password or desk token</source>
        <translation>Password or desk token</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Bottom right</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Top right</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Bottom left</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Top left</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>when the call is answered</source>
        <translation>when the call is answered</translation>
    </message>
    <message>
        <source>when the call ends</source>
        <translation>when the call ends</translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation>Pop-up</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Hide after</source>
        <translation>Hide after</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Last calls shown</source>
        <translation>Last calls shown</translation>
    </message>
    <message>
        <source>An URL or a command; {number} {did} {ext} {name} are replaced by the call&apos;s values.</source>
        <translation>An URL or a command; {number} {did} {ext} {name} are replaced by the call&apos;s values.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Start with the desktop session</source>
        <translation>Start with the desktop session</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>CRM action</source>
        <translation>CRM action</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::StatusIndicator</name>
    <message>
        <source>kxcti Caller ID</source>
        <translation>kxcti Caller ID</translation>
    </message>
    <message>
        <source>kxcti Caller ID, ext. %1</source>
        <translation>kxcti Caller ID, ext. %1</translation>
    </message>
    <message>
        <source>Today&apos;s calls</source>
        <translation>Today&apos;s calls</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::StatusWindow</name>
    <message>
        <source>kxcti Caller ID</source>
        <translation>kxcti Caller ID</translation>
    </message>
    <message>
        <source>Today&apos;s calls</source>
        <translation>Today&apos;s calls</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::TodayCallsModel</name>
    <message>
        <source>ringing</source>
        <translation>ringing</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>talking</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>answered by a colleague</source>
        <translation>answered by a colleague</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>withheld</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Ext.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
</context>
<context>
    <name>kxcti::qtclient</name>
    <message>
        <source>not connected to the server</source>
        <translation>not connected to the server</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Connected (%1)</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Disconnected: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>Reconnecting in %1 s: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>Refused: %1 (retrying in %2 s)</translation>
    </message>
</context>
</TS>
