<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>kxcti::supervisor::AdminView</name>
    <message>
        <source>The server does not take configuration over the network yet. Edit here, then save the file and apply it on the server with &lt;b&gt;kxcti-server config import FILE&lt;/b&gt;; user accounts with the &lt;b&gt;kxcti-server user add&lt;/b&gt; commands saved from the Users tab.</source>
        <translation>Сервер пока не принимает настройки по сети. Измените их здесь, сохраните файл и примените его на сервере командой &lt;b&gt;kxcti-server config import ФАЙЛ&lt;/b&gt;; учётные записи — командами &lt;b&gt;kxcti-server user add&lt;/b&gt;, сохранёнными на вкладке «Пользователи».</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Внутренние номера</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Members in ring order</source>
        <translation>Участники в порядке вызова</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Расход в месяц</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователя</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Пользователи и права</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператора</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группу</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>DID channels and spend</source>
        <translation>Каналы DID и расходы</translation>
    </message>
    <message>
        <source>Installed trunks (CO lines)</source>
        <translation>Установлено линий (CO)</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>Phonebook CSV</source>
        <translation>Телефонная книга CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>a number to look up in the server's phonebook</source>
        <translation>номер для поиска в телефонной книге сервера</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет соединения.</translation>
    </message>
    <message>
        <source>Not in the phonebook.</source>
        <translation>Нет в телефонной книге.</translation>
    </message>
    <message>
        <source>Look-up failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Phonebook</source>
        <translation>Телефонная книга</translation>
    </message>
    <message>
        <source>Load from the server</source>
        <translation>Загрузить с сервера</translation>
    </message>
    <message>
        <source>Save configuration file…</source>
        <translation>Сохранить файл настроек…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <source>Configuration (*.conf *.ini)</source>
        <translation>Настройки (*.conf *.ini)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Save user commands…</source>
        <translation>Сохранить команды пользователей…</translation>
    </message>
    <message>
        <source>User commands</source>
        <translation>Команды пользователей</translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation>Сценарий shell (*.sh)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Loaded %1 operators, %2 groups and %3 channels from the last %4 days.</source>
        <translation>Загружено операторов: %1, групп: %2, каналов: %3 за последние %4 дн.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation><numerusform>Прочитана %n запись.</numerusform><numerusform>Прочитано %n записи.</numerusform><numerusform>Прочитано %n записей.</numerusform></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Saved %1: apply it with kxcti-server config import %1</source>
        <translation>Сохранено в %1: примените командой kxcti-server config import %1</translation>
    </message>
    <message>
        <source>Saved %1: run it on the server.</source>
        <translation>Сохранено в %1: выполните на сервере.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Calls by hour: offered, answered, lost</source>
        <translation>Звонки по часам: поступило, принято, потеряно</translation>
    </message>
    <message>
        <source>Service level over time, %</source>
        <translation>Уровень обслуживания во времени, %</translation>
    </message>
    <message>
        <source>Service level by abandon policy, %</source>
        <translation>Уровень обслуживания по учёту брошенных, %</translation>
    </message>
    <message>
        <source>Answered and lost</source>
        <translation>Принятые и потерянные</translation>
    </message>
    <message>
        <source>Talk length per operator</source>
        <translation>Длительность разговоров по операторам</translation>
    </message>
    <message>
        <source>Advertising channels compared</source>
        <translation>Сравнение рекламных каналов</translation>
    </message>
    <message>
        <source>Busy hour per day: trunk traffic and peak</source>
        <translation>ЧНН по дням: нагрузка на линии и пик</translation>
    </message>
    <message>
        <source>Groups: answered and lost</source>
        <translation>Группы: принятые и потерянные</translation>
    </message>
    <message>
        <source>Operators: answered and missed</source>
        <translation>Операторы: принятые и пропущенные</translation>
    </message>
    <message>
        <source>Operators required, scheduled and present</source>
        <translation>Операторов нужно, в графике и на месте</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Offered</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потеряно</translation>
    </message>
    <message>
        <source>Lost in queue</source>
        <translation>Потеряно в очереди</translation>
    </message>
    <message>
        <source>Lost at operator</source>
        <translation>Потеряно у оператора</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Короткие сбросы</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Доля брошенных</translation>
    </message>
    <message>
        <source>Abandon rate incl. short</source>
        <translation>Доля брошенных с короткими</translation>
    </message>
    <message>
        <source>Forwarded out</source>
        <translation>Переадресовано наружу</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <translation>Переполнение</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Исход неизвестен</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>Ср. ожидание ответа, с</translation>
    </message>
    <message>
        <source>Max wait, s</source>
        <translation>Макс. ожидание, с</translation>
    </message>
    <message>
        <source>Avg abandon wait, s</source>
        <translation>Ср. ожидание брошенных, с</translation>
    </message>
    <message>
        <source>Max wait of lost, s</source>
        <translation>Макс. ожидание потерянных, с</translation>
    </message>
    <message>
        <source>Wait unknown</source>
        <translation>Ожидание неизвестно</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Разговор, с</translation>
    </message>
    <message>
        <source>Avg talk, s</source>
        <translation>Ср. разговор, с</translation>
    </message>
    <message>
        <source>Max talk, s</source>
        <translation>Макс. разговор, с</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>Ср. время обработки, с</translation>
    </message>
    <message>
        <source>Talk unknown</source>
        <translation>Разговор неизвестен</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Outgoing talk, s</source>
        <translation>Исходящие разговоры, с</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Внутренние</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Operators rung</source>
        <translation>Вызовов операторам</translation>
    </message>
    <message>
        <source>Ring, no answer</source>
        <translation>Звонил без ответа</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Answered elsewhere</source>
        <translation>Принято другими</translation>
    </message>
    <message>
        <source>Picked up from others</source>
        <translation>Перехвачено у других</translation>
    </message>
    <message>
        <source>Transferred to them</source>
        <translation>Переведено к ним</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Переведено ими</translation>
    </message>
    <message>
        <source>Avg ring, s</source>
        <translation>Ср. звонок до ответа, с</translation>
    </message>
    <message>
        <source>Max ring, s</source>
        <translation>Макс. звонок до ответа, с</translation>
    </message>
    <message>
        <source>Ring unknown</source>
        <translation>Звонок неизвестен</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Медленные ответы</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Busy hour</source>
        <translation>ЧНН</translation>
    </message>
    <message>
        <source>Busy hour, Erl</source>
        <translation>ЧНН, Эрл</translation>
    </message>
    <message>
        <source>Busy hour calls</source>
        <translation>Звонков в ЧНН</translation>
    </message>
    <message>
        <source>Day, Erl·h</source>
        <translation>За день, Эрл·ч</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Peak simultaneous</source>
        <translation>Пик одновременных</translation>
    </message>
    <message>
        <source>Peak at</source>
        <translation>Время пика</translation>
    </message>
    <message>
        <source>Trunks installed</source>
        <translation>Линий установлено</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Trunks needed</source>
        <translation>Линий нужно</translation>
    </message>
    <message>
        <source>Trunks sufficient</source>
        <translation>Линий достаточно</translation>
    </message>
    <message>
        <source>Interval start</source>
        <translation>Начало интервала</translation>
    </message>
    <message>
        <source>Traffic, Erl</source>
        <translation>Нагрузка, Эрл</translation>
    </message>
    <message>
        <source>Required operators</source>
        <translation>Нужно операторов</translation>
    </message>
    <message>
        <source>Scheduled operators</source>
        <translation>Операторов в графике</translation>
    </message>
    <message>
        <source>Present operators</source>
        <translation>Операторов на месте</translation>
    </message>
    <message>
        <source>Occupancy at present</source>
        <translation>Загрузка при наличных</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Прогноз уровня обслуживания</translation>
    </message>
    <message>
        <source>Measured service level</source>
        <translation>Фактический уровень обслуживания</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Answered within T</source>
        <translation>Принято за T</translation>
    </message>
    <message>
        <source>Answered after T</source>
        <translation>Принято после T</translation>
    </message>
    <message>
        <source>Abandoned within T</source>
        <translation>Брошено за T</translation>
    </message>
    <message>
        <source>Abandoned after T</source>
        <translation>Брошено после T</translation>
    </message>
    <message>
        <source>SL, abandons against</source>
        <translation>УО, брошенные против</translation>
    </message>
    <message>
        <source>SL, abandons ignored</source>
        <translation>УО, брошенные не учтены</translation>
    </message>
    <message>
        <source>SL, abandons for</source>
        <translation>УО, брошенные в пользу</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Короткие</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средние</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Длинные</translation>
    </message>
    <message>
        <source>Short share</source>
        <translation>Доля коротких</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Судьба</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Ожидание, с</translation>
    </message>
    <message>
        <source>Rang at</source>
        <translation>Звонил у</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>Окно до</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Первый звонок</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Последний звонок</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Unique callers</source>
        <translation>Уникальных абонентов</translation>
    </message>
    <message>
        <source>New callers</source>
        <translation>Новых абонентов</translation>
    </message>
    <message>
        <source>Returning callers</source>
        <translation>Повторных абонентов</translation>
    </message>
    <message>
        <source>No caller ID</source>
        <translation>Без номера</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Cost per call</source>
        <translation>Цена звонка</translation>
    </message>
    <message>
        <source>Cost per answered</source>
        <translation>Цена принятого</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <source>CO line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Grouping uncertain</source>
        <translation>Сборка неточна</translation>
    </message>
    <message>
        <source>Time estimated</source>
        <translation>Время оценено</translation>
    </message>
    <message>
        <source>Duration suspect</source>
        <translation>Длительность сомнительна</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Этапы</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::GroupBoardModel</name>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Принято сегодня</translation>
    </message>
    <message>
        <source>Lost today</source>
        <translation>Потеряно сегодня</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Уровень обслуживания сегодня</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::LiveBoardView</name>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Today's figures: waiting for the server…</source>
        <translation>Показатели за сегодня: ждём сервер…</translation>
    </message>
    <message>
        <source>Today's figures as of %1</source>
        <translation>Показатели за сегодня на %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::LoginDialog</name>
    <message>
        <source>kxcti Supervisor: log in</source>
        <translation>kxcti Супервизор: вход</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Шифровать соединение (TLS)</translation>
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation>центры сертификации системы</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Сертификат ЦС:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Enter the server's address and your user name.</source>
        <translation>Введите адрес сервера и имя пользователя.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Подключение к %1:%2…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1. Trying again in %2 s; check the address and port, or that kxcti-server is running.</source>
        <translation>Сервер недоступен: %1. Новая попытка через %2 с; проверьте адрес и порт и что kxcti-server запущен.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Every Supervisor seat is taken: %1</source>
        <translation>Все места Супервизора заняты: %1</translation>
    </message>
    <message>
        <source>This user may not use the Supervisor: %1</source>
        <translation>Этому пользователю Супервизор недоступен: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::MainWindow</name>
    <message>
        <source>kxcti Supervisor</source>
        <translation>kxcti Супервизор</translation>
    </message>
    <message>
        <source>Live board</source>
        <translation>Монитор</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Штат</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Переподключиться</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт &amp;PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Wallboard (full screen)</source>
        <translation>&amp;Табло (во весь экран)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Подключено как %1 (%2)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connection lost: %1. Reconnecting in %2 s</source>
        <translation>Соединение потеряно: %1. Переподключение через %2 с</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет соединения</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::OperatorBoardModel</name>
    <message>
        <source>Idle</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Звонит</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Время в состоянии</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Звонков сегодня</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Пропущено сегодня</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Service level threshold T, s</source>
        <translation>Порог уровня обслуживания T, с</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Цель уровня обслуживания</translation>
    </message>
    <message>
        <source>Abandons in the service level</source>
        <translation>Брошенные в уровне обслуживания</translation>
    </message>
    <message>
        <source>Short abandon threshold S, s</source>
        <translation>Порог короткого сброса S, с</translation>
    </message>
    <message>
        <source>Call-back window W, s</source>
        <translation>Окно перезвона W, с</translation>
    </message>
    <message>
        <source>Talk buckets, s</source>
        <translation>Границы длительности разговора, с</translation>
    </message>
    <message>
        <source>Slow answer above, s</source>
        <translation>Медленный ответ дольше, с</translation>
    </message>
    <message>
        <source>Installed trunks</source>
        <translation>Установлено линий</translation>
    </message>
    <message>
        <source>Trunk blocking target</source>
        <translation>Допустимая блокировка линий</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Потери рабочего времени</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Hourly / weekday distribution</source>
        <translation>По часам / дням недели</translation>
    </message>
    <message>
        <source>ICD groups</source>
        <translation>Группы ICD</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Busy hour and trunks</source>
        <translation>ЧНН и линии</translation>
    </message>
    <message>
        <source>Staffing (Erlang C)</source>
        <translation>Штат (Эрланг C)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Уровень обслуживания</translation>
    </message>
    <message>
        <source>Talk length</source>
        <translation>Длительность разговоров</translation>
    </message>
    <message>
        <source>Lost, not called back</source>
        <translation>Потерянные без перезвона</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Повторные звонки</translation>
    </message>
    <message>
        <source>Advertising channels</source>
        <translation>Рекламные каналы</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · стр. %2 из %3</translation>
    </message>
    <message>
        <source>Printed %1 by kxcti Supervisor</source>
        <translation>Напечатано %1 в kxcti Супервизор</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Нет строк.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>папка для %1 не существует</translation>
    </message>
    <message>
        <source>could not write %1: check the folder's permissions</source>
        <translation>не удалось записать %1: проверьте права на папку</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportPanel</name>
    <message>
        <source>all my groups</source>
        <translation>все мои группы</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>any (name or DID)</source>
        <translation>любой (имя или DID)</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>весь период</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 минут</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 минут</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>день недели</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Построить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>By</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Definitions and thresholds</source>
        <translation>Определения и пороги</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Звонок %1</translation>
    </message>
    <message>
        <source>The period ends before it starts: set To on or after From.</source>
        <translation>Период кончается раньше, чем начинается: «По» должно быть не раньше «С».</translation>
    </message>
    <message>
        <source>Not connected: the report runs once the connection is back.</source>
        <translation>Нет соединения: постройте отчёт, когда оно восстановится.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Строится…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Отчёт не построен: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation><numerusform>%n строка.</numerusform><numerusform>%n строки.</numerusform><numerusform>%n строк.</numerusform></translation>
    </message>
    <message>
        <source>Parameters and thresholds</source>
        <translation>Параметры и пороги</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Totals, group %1</source>
        <translation>Итоги, группа %1</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Определения</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportTableModel</name>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Unknown: the PBX did not print it, or there is nothing to divide by</source>
        <translation>Неизвестно: АТС этого не сообщила, или делить не на что</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::Session</name>
    <message>
        <source>disconnected</source>
        <translation>соединение закрыто</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Live board colours: amber from / red from</source>
        <translation>Цвета монитора: жёлтый от / красный от</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Ожидающих звонков</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <source>Service level below</source>
        <translation>Уровень обслуживания ниже</translation>
    </message>
    <message>
        <source>Missed calls today</source>
        <translation>Пропущено за сегодня</translation>
    </message>
    <message>
        <source>Ringing longer than (red)</source>
        <translation>Звонит дольше (красный)</translation>
    </message>
    <message>
        <source>Talking longer than (amber)</source>
        <translation>Разговор дольше (жёлтый)</translation>
    </message>
</context>
<context>
    <name>SiteDraft</name>
    <message>
        <source>installed trunks '%1' is not a whole number of at least 1</source>
        <translation>число линий «%1» должно быть целым, не меньше 1</translation>
    </message>
    <message>
        <source>operator extension '%1' is not a number</source>
        <translation>внутренний номер оператора «%1» не является номером</translation>
    </message>
    <message>
        <source>group '%1' is not a number</source>
        <translation>группа «%1» не является номером</translation>
    </message>
    <message>
        <source>group %1: member '%2' is not an extension number</source>
        <translation>группа %1: участник «%2» не является внутренним номером</translation>
    </message>
    <message>
        <source>channel DID '%1' is not a number</source>
        <translation>DID канала «%1» не является номером</translation>
    </message>
    <message>
        <source>channel %1: dates are YYYY-MM-DD (or empty for open-ended)</source>
        <translation>канал %1: даты в виде ГГГГ-ММ-ДД (или пусто — без ограничения)</translation>
    </message>
    <message>
        <source>channel %1: spend '%2' is not an amount</source>
        <translation>канал %1: расход «%2» не является суммой</translation>
    </message>
    <message>
        <source>user name '%1': letters, digits and . _ @ - only</source>
        <translation>имя пользователя «%1»: только латинские буквы, цифры и . _ @ -</translation>
    </message>
    <message>
        <source>user %1: role '%2' is not admin, supervisor or operator</source>
        <translation>пользователь %1: роль «%2» — не admin, supervisor или operator</translation>
    </message>
    <message>
        <source>user %1: group '%2' is not a number</source>
        <translation>пользователь %1: группа «%2» не является номером</translation>
    </message>
    <message>
        <source>user %1: extension '%2' is not a number</source>
        <translation>пользователь %1: внутренний номер «%2» не является номером</translation>
    </message>
    <message>
        <source>line %1: no phone number</source>
        <translation>строка %1: нет номера телефона</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a phone number</source>
        <translation>строка %1: «%2» не является номером телефона</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::StaffingView</name>
    <message>
        <source>as required</source>
        <translation>сколько нужно</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>What if (Erlang C for operators, Erlang B for trunks)</source>
        <translation>Что если (Эрланг C для операторов, Эрланг B для линий)</translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation>Звонков за интервал</translation>
    </message>
    <message>
        <source>Interval, minutes</source>
        <translation>Интервал, минут</translation>
    </message>
    <message>
        <source>Average handle time, s</source>
        <translation>Среднее время обработки, с</translation>
    </message>
    <message>
        <source>Answer within T, s</source>
        <translation>Ответ за T, с</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Цель уровня обслуживания</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Потери рабочего времени</translation>
    </message>
    <message>
        <source>Operators on the phones</source>
        <translation>Операторов на линии</translation>
    </message>
    <message>
        <source>Installed trunks</source>
        <translation>Установлено линий</translation>
    </message>
    <message>
        <source>Traffic: %1 Erl</source>
        <translation>Нагрузка: %1 Эрл</translation>
    </message>
    <message>
        <source>Operators required: %1 (schedule %2 with shrinkage)</source>
        <translation>Нужно операторов: %1 (в график %2 с учётом потерь времени)</translation>
    </message>
    <message>
        <source>With %1 operators:</source>
        <translation>При %1 операторах:</translation>
    </message>
    <message>
        <source>service level %1 %</source>
        <translation>уровень обслуживания %1 %</translation>
    </message>
    <message>
        <source>calls that wait %1 %</source>
        <translation>ждут ответа %1 % звонков</translation>
    </message>
    <message>
        <source>average wait %1 s</source>
        <translation>среднее ожидание %1 с</translation>
    </message>
    <message>
        <source>the queue grows without bound</source>
        <translation>очередь растёт без предела</translation>
    </message>
    <message>
        <source>occupancy %1 %</source>
        <translation>загрузка %1 %</translation>
    </message>
    <message>
        <source>Trunk traffic %1 Erl: %2 trunks for 1 % blocking</source>
        <translation>Нагрузка на линии %1 Эрл: %2 линий для блокировки 1 %</translation>
    </message>
    <message>
        <source>Blocking at the installed trunks: %1 %</source>
        <translation>Блокировка при установленных линиях: %1 %</translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation>Не удаётся рассчитать: %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::SupervisorApp</name>
    <message>
        <source>No demo accounts in %1: is kxcti-server run (with the simulator) using that data directory? Log in by hand, or start it and try again.</source>
        <translation>В %1 нет демо-учёток: kxcti-server run (с симулятором) использует эту папку данных? Войдите вручную или запустите его и повторите.</translation>
    </message>
    <message>
        <source>Waiting for the demo server's accounts in %1…</source>
        <translation>Ждём учётные записи демо-сервера в %1…</translation>
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
        <translation>Нет соединения</translation>
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