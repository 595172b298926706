<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>kxcti::callerid</name>
    <message>
        <source>Cannot write the registry value %1.</source>
        <translation>Не удалось записать значение реестра %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check its permissions.</source>
        <translation>Не удалось удалить %1: проверьте права доступа.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>отвечен, %1</translation>
    </message>
    <message>
        <source>lost after %1</source>
        <translation>потерян через %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потерян</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>The CRM URL template is not a valid URL: %1</source>
        <translation>Шаблон адреса CRM — не правильный URL: %1</translation>
    </message>
    <message>
        <source>The CRM command is empty or has an unclosed quote: %1</source>
        <translation>Команда CRM пуста или содержит незакрытую кавычку: %1</translation>
    </message>
    <message>
        <source>No CRM action is set: Settings, CRM action.</source>
        <translation>Действие CRM не задано: Настройки, Действие CRM.</translation>
    </message>
    <message>
        <source>No program opens %1 on this desktop.</source>
        <translation>На этом компьютере нет программы, которая открывает %1.</translation>
    </message>
    <message>
        <source>Cannot start the CRM command %1: check the path in Settings.</source>
        <translation>Не удалось запустить команду CRM %1: проверьте путь в настройках.</translation>
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
        <translation>kxcti Caller ID: звонки за сегодня</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Открыть в CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) today</source>
        <translation>
            <numerusform>%n звонок сегодня</numerusform>
            <numerusform>%n звонка сегодня</numerusform>
            <numerusform>%n звонков сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::PopupWindow</name>
    <message>
        <source>Copy number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Открыть в CRM</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Номер скрыт</translation>
    </message>
    <message>
        <source>Not in the phonebook</source>
        <translation>Нет в телефонной книге</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>Линия %1 · %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
    <message>
        <source>CO %1</source>
        <translation>Внешняя линия %1</translation>
    </message>
    <message>
        <source>Ext. %1</source>
        <translation>Вн. %1</translation>
    </message>
    <message>
        <source>First call from this number</source>
        <translation>Первый звонок с этого номера</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier call(s), the last %1</source>
        <translation>
            <numerusform>%n звонок ранее, %1</numerusform>
            <numerusform>%n звонка ранее, последний %1</numerusform>
            <numerusform>%n звонков ранее, последний %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last calls: looking up…</source>
        <translation>Последние звонки: поиск…</translation>
    </message>
    <message>
        <source>Last calls: %1</source>
        <translation>Последние звонки: %1</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <source>Lost before, not called back</source>
        <translation>Пропущен ранее, не перезвонили</translation>
    </message>
    <message>
        <source>Lost before, called back since</source>
        <translation>Пропущен ранее, потом перезвонили</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::SettingsDialog</name>
    <message>
        <source>kxcti Caller ID: settings</source>
        <translation>kxcti Caller ID: настройки</translation>
    </message>
    <message>
        <source>Encrypt (TLS)</source>
        <translation>Шифровать (TLS)</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>центры сертификации системы</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Сертификат ЦС (PEM)</translation>
    </message>
    <message>
        <source>e.g. 101 or 101, 102; empty: all of the user&apos;s</source>
        <translation>например 101 или 101, 102; пусто: все номера пользователя</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Extension(s)</source>
        <translation>Внутренние номера</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password or desk token</source>
        <translation>Пароль или токен места</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Справа внизу</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Справа вверху</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Слева внизу</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Слева вверху</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>when the call is answered</source>
        <translation>когда на звонок ответили</translation>
    </message>
    <message>
        <source>when the call ends</source>
        <translation>когда звонок закончен</translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation>Всплывающее окно</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Hide after</source>
        <translation>Скрыть через</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрывать</translation>
    </message>
    <message>
        <source>Last calls shown</source>
        <translation>Показывать последних звонков</translation>
    </message>
    <message>
        <source>An URL or a command; {number} {did} {ext} {name} are replaced by the call&apos;s values.</source>
        <translation>Адрес (URL) или команда; {number} {did} {ext} {name} заменяются данными звонка.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Start with the desktop session</source>
        <translation>Запускать вместе с рабочим столом</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>CRM action</source>
        <translation>Действие CRM</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Звонки за сегодня</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключиться</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
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
        <translation>Звонки за сегодня</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Переподключиться</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>kxcti::callerid::TodayCallsModel</name>
    <message>
        <source>ringing</source>
        <translation>звонит</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>разговор</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечен</translation>
    </message>
    <message>
        <source>answered by a colleague</source>
        <translation>ответил коллега</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Вн.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Разговор</translation>
    </message>
</context>
<context>
    <name>kxcti::qtclient</name>
    <message>
        <source>not connected to the server</source>
        <translation>нет соединения с сервером</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Подключено (%1)</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Отключено: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>Переподключение через %1 с: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <source>Refused: %1 (retrying in %2 s)</source>
        <translation>Отказано: %1 (повтор через %2 с)</translation>
    </message>
</context>
</TS>
