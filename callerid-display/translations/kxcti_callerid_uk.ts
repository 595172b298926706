<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>kxcti::callerid</name>
    <message>
        <source>Cannot write the registry value %1.</source>
        <translation>Не вдалося записати значення реєстру %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check its permissions.</source>
        <translation>Не вдалося видалити %1: перевірте права доступу.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>прийнятий, %1</translation>
    </message>
    <message>
        <source>lost after %1</source>
        <translation>втрачений через %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>втрачений</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>The CRM URL template is not a valid URL: %1</source>
        <translation>Шаблон адреси CRM — не правильний URL: %1</translation>
    </message>
    <message>
        <source>The CRM command is empty or has an unclosed quote: %1</source>
        <translation>Команда CRM порожня або містить незакриту лапку: %1</translation>
    </message>
    <message>
        <source>No CRM action is set: Settings, CRM action.</source>
        <translation>Дію CRM не задано: Налаштування, Дія CRM.</translation>
    </message>
    <message>
        <source>No program opens %1 on this desktop.</source>
        <translation>На цьому комп’ютері немає програми, що відкриває %1.</translation>
    </message>
    <message>
        <source>Cannot start the CRM command %1: check the path in Settings.</source>
        <translation>Не вдалося запустити команду CRM %1: перевірте шлях у налаштуваннях.</translation>
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
        <translation>kxcti Caller ID: дзвінки за сьогодні</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копіювати номер</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Відкрити в CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) today</source>
        <translation>
            <numerusform>%n дзвінок сьогодні</numerusform>
            <numerusform>%n дзвінки сьогодні</numerusform>
            <numerusform>%n дзвінків сьогодні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n пропущений</numerusform>
            <numerusform>%n пропущені</numerusform>
            <numerusform>%n пропущених</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::PopupWindow</name>
    <message>
        <source>Copy number</source>
        <translation>Копіювати номер</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Відкрити в CRM</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Номер приховано</translation>
    </message>
    <message>
        <source>Not in the phonebook</source>
        <translation>Немає в телефонній книзі</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Лінія %1 · %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Лінія %1</translation>
    </message>
    <message>
        <source>CO %1</source>
        <translation>Зовнішня лінія %1</translation>
    </message>
    <message>
        <source>Ext. %1</source>
        <translation>Вн. %1</translation>
    </message>
    <message>
        <source>First call from this number</source>
        <translation>Перший дзвінок з цього номера</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s), the last %1</source>
        <translation>
            <numerusform>%n дзвінок раніше, %1</numerusform>
            <numerusform>%n дзвінки раніше, останній %1</numerusform>
            <numerusform>%n дзвінків раніше, останній %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calls: looking up…</source>
        <translation>Останні дзвінки: пошук…</translation>
    </message>
    <message>
        <source>Last calls: %1</source>
        <translation>Останні дзвінки: %1</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Останні дзвінки</translation>
    </message>
    <message>
        <source>Lost before, not called back</source>
        <translation>Пропущений раніше, не передзвонили</translation>
    </message>
    <message>
        <source>Lost before, called back since</source>
        <translation>Пропущений раніше, потім передзвонили</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::SettingsDialog</name>
    <message>
        <source>kxcti Caller ID: settings</source>
        <translation>kxcti Caller ID: налаштування</translation>
    </message>
    <message>
        <source>Encrypt (TLS)</source>
        <translation>Шифрувати (TLS)</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>центри сертифікації системи</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Сертифікат ЦС (PEM)</translation>
    </message>
    <message>
        <source>e.g. 101 or 101, 102; empty: all of the user&apos;s</source>
        <translation>наприклад 101 або 101, 102; порожньо: усі номери користувача</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Це робоче місце</translation>
    </message>
    <message>
        <source>Extension(s)</source>
        <translation>Внутрішні номери</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Password or desk token</source>
        <translation>Пароль або токен місця</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Праворуч унизу</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Праворуч угорі</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Ліворуч унизу</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Ліворуч угорі</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>when the call is answered</source>
        <translation>коли на дзвінок відповіли</translation>
    </message>
    <message>
        <source>when the call ends</source>
        <translation>коли дзвінок завершено</translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation>Спливне вікно</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <source>Hide after</source>
        <translation>Сховати через</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ховати</translation>
    </message>
    <message>
        <source>Last calls shown</source>
        <translation>Показувати останніх дзвінків</translation>
    </message>
    <message>
        <source>An URL or a command; {number} {did} {ext} {name} are replaced by the call&apos;s values.</source>
        <translation>Адреса (URL) або команда; {number} {did} {ext} {name} замінюються даними дзвінка.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>Start with the desktop session</source>
        <translation>Запускати разом із робочим столом</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>CRM action</source>
        <translation>Дія CRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
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
        <translation>kxcti Caller ID, вн. %1</translation>
    </message>
    <message>
        <source>Today&apos;s calls</source>
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Перепідключитися</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вихід</translation>
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
        <translation>Дзвінки за сьогодні</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Перепідключитися</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вихід</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::TodayCallsModel</name>
    <message>
        <source>ringing</source>
        <translation>дзвонить</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>розмова</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>прийнятий</translation>
    </message>
    <message>
        <source>answered by a colleague</source>
        <translation>відповів колега</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущений</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>приховано</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Лінія</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Вн.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
</context>
<context>
    <name>kxcti::qtclient</name>
    <message>
        <source>not connected to the server</source>
        <translation>немає з’єднання з сервером</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не підключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Підключено (%1)</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Відключено: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>Перепідключення через %1 с: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Відмовлено: %1</translation>
    </message>
    <message>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>Відмовлено: %1 (повтор через %2 с)</translation>
    </message>
</context>
</TS>
