<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>kxcti::supervisor::AdminView</name>
    <message>
        <source>The server does not take configuration over the network yet. Edit here, then save the file and apply it on the server with &lt;b&gt;kxcti-server config import FILE&lt;/b&gt;; user accounts with the &lt;b&gt;kxcti-server user add&lt;/b&gt; commands saved from the Users tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members in ring order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users and rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DID channels and spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed trunks (CO lines)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phonebook CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number to look up in the server's phonebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the phonebook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look-up failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phonebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save configuration file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration (*.conf *.ini)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save user commands…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded %1 operators, %2 groups and %3 channels from the last %4 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1: apply it with kxcti-server config import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1: run it on the server.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls by hour: offered, answered, lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level over time, %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level by abandon policy, %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered and lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk length per operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advertising channels compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy hour per day: trunk traffic and peak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups: answered and lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators: answered and missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators required, scheduled and present</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost in queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost at operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short abandons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandon rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandon rate incl. short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarded out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overflowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ASA, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max wait, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg abandon wait, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max wait of lost, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg talk, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max talk, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AHT, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing talk, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intercom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators rung</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring, no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picked up from others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred to them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avg ring, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max ring, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ring unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slow answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy hour, Erl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy hour calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day, Erl·h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak simultaneous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Peak at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trunks installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trunks needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trunks sufficient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic, Erl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupancy at present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicted service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measured service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered within T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered after T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandoned within T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandoned after T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SL, abandons against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SL, abandons ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SL, abandons for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rang at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unique callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returning callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No caller ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dialled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CO line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grouping uncertain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time estimated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration suspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::GroupBoardModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::LiveBoardView</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's figures: waiting for the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's figures as of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::LoginDialog</name>
    <message>
        <source>kxcti Supervisor: log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's address and your user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the server: %1. Trying again in %2 s; check the address and port, or that kxcti-server is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every Supervisor seat is taken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user may not use the Supervisor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::MainWindow</name>
    <message>
        <source>kxcti Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wallboard (full screen)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection lost: %1. Reconnecting in %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::OperatorBoardModel</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time in state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed today</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level threshold T, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandons in the service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short abandon threshold S, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call-back window W, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk buckets, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slow answer above, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed trunks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trunk blocking target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hourly / weekday distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ICD groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy hour and trunks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staffing (Erlang C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost, not called back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat callers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advertising channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 by kxcti Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write %1: check the folder's permissions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportPanel</name>
    <message>
        <source>all my groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any (name or DID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definitions and thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends before it starts: set To on or after From.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected: the report runs once the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Parameters and thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals, group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportTableModel</name>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: the PBX did not print it, or there is nothing to divide by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::Session</name>
    <message>
        <source>disconnected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live board colours: amber from / red from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed calls today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ringing longer than (red)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking longer than (amber)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteDraft</name>
    <message>
        <source>installed trunks '%1' is not a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator extension '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>group %1: member '%2' is not an extension number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel DID '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel %1: dates are YYYY-MM-DD (or empty for open-ended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channel %1: spend '%2' is not an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user name '%1': letters, digits and . _ @ - only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user %1: role '%2' is not admin, supervisor or operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user %1: group '%2' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user %1: extension '%2' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: no phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: '%2' is not a phone number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::StaffingView</name>
    <message>
        <source>as required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What if (Erlang C for operators, Erlang B for trunks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calls per interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval, minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average handle time, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer within T, s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service level target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators on the phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed trunks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic: %1 Erl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operators required: %1 (schedule %2 with shrinkage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With %1 operators:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service level %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>calls that wait %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average wait %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the queue grows without bound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupancy %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trunk traffic %1 Erl: %2 trunks for 1 % blocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking at the installed trunks: %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::supervisor::SupervisorApp</name>
    <message>
        <source>No demo accounts in %1: is kxcti-server run (with the simulator) using that data directory? Log in by hand, or start it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the demo server's accounts in %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kxcti::qtclient</name>
    <message>
        <source>not connected to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>