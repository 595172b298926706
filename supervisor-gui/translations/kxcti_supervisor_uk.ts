<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk">
<context>
    <name>kxcti::supervisor::AdminView</name>
    <message>
        <source>The server does not take configuration over the network yet. Edit here, then save the file and apply it on the server with &lt;b&gt;kxcti-server config import FILE&lt;/b&gt;; user accounts with the &lt;b&gt;kxcti-server user add&lt;/b&gt; commands saved from the Users tab.</source>
        <translation>Сервер поки не приймає налаштування мережею. Змініть їх тут, збережіть файл і застосуйте його на сервері командою &lt;b&gt;kxcti-server config import ФАЙЛ&lt;/b&gt;; облікові записи — командами &lt;b&gt;kxcti-server user add&lt;/b&gt;, збереженими на вкладці «Користувачі».</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Внутрішні номери</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутрішній номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Members in ring order</source>
        <translation>Учасники в порядку виклику</translation>
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
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Витрати на місяць</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>user</source>
        <translation>користувача</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Користувачі та права</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператора</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Оператори</translation>
    </message>
    <message>
        <source>group</source>
        <translation>групу</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>DID channels and spend</source>
        <translation>Канали DID і витрати</translation>
    </message>
    <message>
        <source>Installed trunks (CO lines)</source>
        <translation>Встановлено ліній (CO)</translation>
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
        <translation>Імпорт CSV…</translation>
    </message>
    <message>
        <source>Phonebook CSV</source>
        <translation>Телефонна книга CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файли CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>a number to look up in the server's phonebook</source>
        <translation>номер для пошуку в телефонній книзі сервера</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Немає з'єднання.</translation>
    </message>
    <message>
        <source>Not in the phonebook.</source>
        <translation>Немає в телефонній книзі.</translation>
    </message>
    <message>
        <source>Look-up failed: %1</source>
        <translation>Пошук не вдався: %1</translation>
    </message>
    <message>
        <source>Phonebook</source>
        <translation>Телефонна книга</translation>
    </message>
    <message>
        <source>Load from the server</source>
        <translation>Завантажити з сервера</translation>
    </message>
    <message>
        <source>Save configuration file…</source>
        <translation>Зберегти файл налаштувань…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Файл налаштувань</translation>
    </message>
    <message>
        <source>Configuration (*.conf *.ini)</source>
        <translation>Налаштування (*.conf *.ini)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Save user commands…</source>
        <translation>Зберегти команди користувачів…</translation>
    </message>
    <message>
        <source>User commands</source>
        <translation>Команди користувачів</translation>
    </message>
    <message>
        <source>Shell script (*.sh)</source>
        <translation>Сценарій shell (*.sh)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додати %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Loaded %1 operators, %2 groups and %3 channels from the last %4 days.</source>
        <translation>Завантажено операторів: %1, груп: %2, каналів: %3 за останні %4 дн.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не вдається прочитати %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation><numerusform>Прочитано %n запис.</numerusform><numerusform>Прочитано %n записи.</numerusform><numerusform>Прочитано %n записів.</numerusform></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Saved %1: apply it with kxcti-server config import %1</source>
        <translation>Збережено в %1: застосуйте командою kxcti-server config import %1</translation>
    </message>
    <message>
        <source>Saved %1: run it on the server.</source>
        <translation>Збережено в %1: виконайте на сервері.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>Calls by hour: offered, answered, lost</source>
        <translation>Дзвінки по годинах: надійшло, прийнято, втрачено</translation>
    </message>
    <message>
        <source>Service level over time, %</source>
        <translation>Рівень обслуговування в часі, %</translation>
    </message>
    <message>
        <source>Service level by abandon policy, %</source>
        <translation>Рівень обслуговування за обліком покинутих, %</translation>
    </message>
    <message>
        <source>Answered and lost</source>
        <translation>Прийняті та втрачені</translation>
    </message>
    <message>
        <source>Talk length per operator</source>
        <translation>Тривалість розмов за операторами</translation>
    </message>
    <message>
        <source>Advertising channels compared</source>
        <translation>Порівняння рекламних каналів</translation>
    </message>
    <message>
        <source>Busy hour per day: trunk traffic and peak</source>
        <translation>ГНН по днях: навантаження на лінії та пік</translation>
    </message>
    <message>
        <source>Groups: answered and lost</source>
        <translation>Групи: прийняті та втрачені</translation>
    </message>
    <message>
        <source>Operators: answered and missed</source>
        <translation>Оператори: прийняті та пропущені</translation>
    </message>
    <message>
        <source>Operators required, scheduled and present</source>
        <translation>Операторів потрібно, у графіку та на місці</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Offered</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Частка прийнятих</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачено</translation>
    </message>
    <message>
        <source>Lost in queue</source>
        <translation>Втрачено в черзі</translation>
    </message>
    <message>
        <source>Lost at operator</source>
        <translation>Втрачено в оператора</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <translation>Короткі скидання</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Частка покинутих</translation>
    </message>
    <message>
        <source>Abandon rate incl. short</source>
        <translation>Частка покинутих з короткими</translation>
    </message>
    <message>
        <source>Forwarded out</source>
        <translation>Переадресовано назовні</translation>
    </message>
    <message>
        <source>Overflowed</source>
        <translation>Переповнення</translation>
    </message>
    <message>
        <source>Unknown outcome</source>
        <translation>Результат невідомий</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <source>ASA, s</source>
        <translation>Сер. очікування відповіді, с</translation>
    </message>
    <message>
        <source>Max wait, s</source>
        <translation>Макс. очікування, с</translation>
    </message>
    <message>
        <source>Avg abandon wait, s</source>
        <translation>Сер. очікування покинутих, с</translation>
    </message>
    <message>
        <source>Max wait of lost, s</source>
        <translation>Макс. очікування втрачених, с</translation>
    </message>
    <message>
        <source>Wait unknown</source>
        <translation>Очікування невідоме</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Розмова, с</translation>
    </message>
    <message>
        <source>Avg talk, s</source>
        <translation>Сер. розмова, с</translation>
    </message>
    <message>
        <source>Max talk, s</source>
        <translation>Макс. розмова, с</translation>
    </message>
    <message>
        <source>AHT, s</source>
        <translation>Сер. час обробки, с</translation>
    </message>
    <message>
        <source>Talk unknown</source>
        <translation>Розмова невідома</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Outgoing talk, s</source>
        <translation>Вихідні розмови, с</translation>
    </message>
    <message>
        <source>Intercom</source>
        <translation>Внутрішні</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Інтервал</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Operators rung</source>
        <translation>Викликів операторам</translation>
    </message>
    <message>
        <source>Ring, no answer</source>
        <translation>Дзвонив без відповіді</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутрішній номер</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Answered elsewhere</source>
        <translation>Прийнято іншими</translation>
    </message>
    <message>
        <source>Picked up from others</source>
        <translation>Перехоплено в інших</translation>
    </message>
    <message>
        <source>Transferred to them</source>
        <translation>Переведено до них</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Переведено ними</translation>
    </message>
    <message>
        <source>Avg ring, s</source>
        <translation>Сер. дзвінок до відповіді, с</translation>
    </message>
    <message>
        <source>Max ring, s</source>
        <translation>Макс. дзвінок до відповіді, с</translation>
    </message>
    <message>
        <source>Ring unknown</source>
        <translation>Дзвінок невідомий</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Повільні відповіді</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Завантаженість</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Busy hour</source>
        <translation>ГНН</translation>
    </message>
    <message>
        <source>Busy hour, Erl</source>
        <translation>ГНН, Ерл</translation>
    </message>
    <message>
        <source>Busy hour calls</source>
        <translation>Дзвінків у ГНН</translation>
    </message>
    <message>
        <source>Day, Erl·h</source>
        <translation>За день, Ерл·год</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Peak simultaneous</source>
        <translation>Пік одночасних</translation>
    </message>
    <message>
        <source>Peak at</source>
        <translation>Час піку</translation>
    </message>
    <message>
        <source>Trunks installed</source>
        <translation>Ліній встановлено</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Блокування</translation>
    </message>
    <message>
        <source>Trunks needed</source>
        <translation>Ліній потрібно</translation>
    </message>
    <message>
        <source>Trunks sufficient</source>
        <translation>Ліній достатньо</translation>
    </message>
    <message>
        <source>Interval start</source>
        <translation>Початок інтервалу</translation>
    </message>
    <message>
        <source>Traffic, Erl</source>
        <translation>Навантаження, Ерл</translation>
    </message>
    <message>
        <source>Required operators</source>
        <translation>Потрібно операторів</translation>
    </message>
    <message>
        <source>Scheduled operators</source>
        <translation>Операторів у графіку</translation>
    </message>
    <message>
        <source>Present operators</source>
        <translation>Операторів на місці</translation>
    </message>
    <message>
        <source>Occupancy at present</source>
        <translation>Завантаженість за наявних</translation>
    </message>
    <message>
        <source>Predicted service level</source>
        <translation>Прогноз рівня обслуговування</translation>
    </message>
    <message>
        <source>Measured service level</source>
        <translation>Фактичний рівень обслуговування</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Answered within T</source>
        <translation>Прийнято за T</translation>
    </message>
    <message>
        <source>Answered after T</source>
        <translation>Прийнято після T</translation>
    </message>
    <message>
        <source>Abandoned within T</source>
        <translation>Покинуто за T</translation>
    </message>
    <message>
        <source>Abandoned after T</source>
        <translation>Покинуто після T</translation>
    </message>
    <message>
        <source>SL, abandons against</source>
        <translation>РО, покинуті проти</translation>
    </message>
    <message>
        <source>SL, abandons ignored</source>
        <translation>РО, покинуті не враховані</translation>
    </message>
    <message>
        <source>SL, abandons for</source>
        <translation>РО, покинуті на користь</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ціль досягнута</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Короткі</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Середні</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Довгі</translation>
    </message>
    <message>
        <source>Short share</source>
        <translation>Частка коротких</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
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
        <translation>Доля</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Очікування, с</translation>
    </message>
    <message>
        <source>Rang at</source>
        <translation>Дзвонив у</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>Вікно до</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Перший дзвінок</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Останній дзвінок</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Unique callers</source>
        <translation>Унікальних абонентів</translation>
    </message>
    <message>
        <source>New callers</source>
        <translation>Нових абонентів</translation>
    </message>
    <message>
        <source>Returning callers</source>
        <translation>Повторних абонентів</translation>
    </message>
    <message>
        <source>No caller ID</source>
        <translation>Без номера</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Cost per call</source>
        <translation>Ціна дзвінка</translation>
    </message>
    <message>
        <source>Cost per answered</source>
        <translation>Ціна прийнятого</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Надійшов</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Dialled</source>
        <translation>Набрано</translation>
    </message>
    <message>
        <source>CO line</source>
        <translation>Лінія</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Grouping uncertain</source>
        <translation>Збирання неточне</translation>
    </message>
    <message>
        <source>Time estimated</source>
        <translation>Час оцінено</translation>
    </message>
    <message>
        <source>Duration suspect</source>
        <translation>Тривалість сумнівна</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Етапи</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::GroupBoardModel</name>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікують</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Найдовше чекає</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Прийнято сьогодні</translation>
    </message>
    <message>
        <source>Lost today</source>
        <translation>Втрачено сьогодні</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Рівень обслуговування сьогодні</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::LiveBoardView</name>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Оператори</translation>
    </message>
    <message>
        <source>Today's figures: waiting for the server…</source>
        <translation>Показники за сьогодні: чекаємо на сервер…</translation>
    </message>
    <message>
        <source>Today's figures as of %1</source>
        <translation>Показники за сьогодні на %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::LoginDialog</name>
    <message>
        <source>kxcti Supervisor: log in</source>
        <translation>kxcti Супервізор: вхід</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Шифрувати з'єднання (TLS)</translation>
    </message>
    <message>
        <source>the system's certificate authorities</source>
        <translation>центри сертифікації системи</translation>
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
        <translation>Користувач:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Сертифікат ЦС:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Під'єднатися</translation>
    </message>
    <message>
        <source>Enter the server's address and your user name.</source>
        <translation>Введіть адресу сервера та ім'я користувача.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Під'єднання до %1:%2…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Під'єднання…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Під'єднано.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1. Trying again in %2 s; check the address and port, or that kxcti-server is running.</source>
        <translation>Сервер недоступний: %1. Нова спроба через %2 с; перевірте адресу й порт і що kxcti-server запущено.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Невірне ім'я користувача або пароль.</translation>
    </message>
    <message>
        <source>Every Supervisor seat is taken: %1</source>
        <translation>Усі місця Супервізора зайняті: %1</translation>
    </message>
    <message>
        <source>This user may not use the Supervisor: %1</source>
        <translation>Цьому користувачеві Супервізор недоступний: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Сервер відмовив: %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::MainWindow</name>
    <message>
        <source>kxcti Supervisor</source>
        <translation>kxcti Супервізор</translation>
    </message>
    <message>
        <source>Live board</source>
        <translation>Монітор</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Штат</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Перепід'єднатися</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Експорт &amp;PDF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експорт PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Wallboard (full screen)</source>
        <translation>&amp;Табло (на весь екран)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Connected as %1 (%2)</source>
        <translation>Під'єднано як %1 (%2)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Під'єднано</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Під'єднання…</translation>
    </message>
    <message>
        <source>Connection lost: %1. Reconnecting in %2 s</source>
        <translation>З'єднання втрачено: %1. Перепід'єднання через %2 с</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Відмовлено: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Немає з'єднання</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::OperatorBoardModel</name>
    <message>
        <source>Idle</source>
        <translation>Вільний</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Дзвонить</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутрішній номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім'я</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Час у стані</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Дзвінків сьогодні</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>Пропущено сьогодні</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
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
        <translation>Інтервал</translation>
    </message>
    <message>
        <source>Service level threshold T, s</source>
        <translation>Поріг рівня обслуговування T, с</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Ціль рівня обслуговування</translation>
    </message>
    <message>
        <source>Abandons in the service level</source>
        <translation>Покинуті в рівні обслуговування</translation>
    </message>
    <message>
        <source>Short abandon threshold S, s</source>
        <translation>Поріг короткого скидання S, с</translation>
    </message>
    <message>
        <source>Call-back window W, s</source>
        <translation>Вікно передзвону W, с</translation>
    </message>
    <message>
        <source>Talk buckets, s</source>
        <translation>Межі тривалості розмови, с</translation>
    </message>
    <message>
        <source>Slow answer above, s</source>
        <translation>Повільна відповідь довше, с</translation>
    </message>
    <message>
        <source>Installed trunks</source>
        <translation>Встановлено ліній</translation>
    </message>
    <message>
        <source>Trunk blocking target</source>
        <translation>Допустиме блокування ліній</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Втрати робочого часу</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Summary</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <source>Hourly / weekday distribution</source>
        <translation>За годинами / днями тижня</translation>
    </message>
    <message>
        <source>ICD groups</source>
        <translation>Групи ICD</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Оператори</translation>
    </message>
    <message>
        <source>Busy hour and trunks</source>
        <translation>ГНН і лінії</translation>
    </message>
    <message>
        <source>Staffing (Erlang C)</source>
        <translation>Штат (Ерланг C)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Рівень обслуговування</translation>
    </message>
    <message>
        <source>Talk length</source>
        <translation>Тривалість розмов</translation>
    </message>
    <message>
        <source>Lost, not called back</source>
        <translation>Втрачені без передзвону</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Повторні дзвінки</translation>
    </message>
    <message>
        <source>Advertising channels</source>
        <translation>Рекламні канали</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · стор. %2 з %3</translation>
    </message>
    <message>
        <source>Printed %1 by kxcti Supervisor</source>
        <translation>Надруковано %1 у kxcti Супервізор</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Немає рядків.</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>тека для %1 не існує</translation>
    </message>
    <message>
        <source>could not write %1: check the folder's permissions</source>
        <translation>не вдалося записати %1: перевірте права на теку</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportPanel</name>
    <message>
        <source>all my groups</source>
        <translation>усі мої групи</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-який</translation>
    </message>
    <message>
        <source>any (name or DID)</source>
        <translation>будь-який (назва або DID)</translation>
    </message>
    <message>
        <source>whole period</source>
        <translation>увесь період</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 хвилин</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 хвилин</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>година</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>день тижня</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Побудувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
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
        <translation>За</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Графік</translation>
    </message>
    <message>
        <source>Definitions and thresholds</source>
        <translation>Визначення та пороги</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Дзвінок %1</translation>
    </message>
    <message>
        <source>The period ends before it starts: set To on or after From.</source>
        <translation>Період закінчується раніше, ніж починається: «По» має бути не раніше «З».</translation>
    </message>
    <message>
        <source>Not connected: the report runs once the connection is back.</source>
        <translation>Немає з'єднання: побудуйте звіт, коли його буде відновлено.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Будується…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation>Звіт не побудовано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation><numerusform>%n рядок.</numerusform><numerusform>%n рядки.</numerusform><numerusform>%n рядків.</numerusform></translation>
    </message>
    <message>
        <source>Parameters and thresholds</source>
        <translation>Параметри та пороги</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>Totals, group %1</source>
        <translation>Підсумки, група %1</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Визначення</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::ReportTableModel</name>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>Unknown: the PBX did not print it, or there is nothing to divide by</source>
        <translation>Невідомо: АТС цього не повідомила, або ділити немає на що</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::Session</name>
    <message>
        <source>disconnected</source>
        <translation>з'єднання закрито</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Live board colours: amber from / red from</source>
        <translation>Кольори монітора: жовтий від / червоний від</translation>
    </message>
    <message>
        <source>Calls waiting</source>
        <translation>Дзвінків в очікуванні</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Найдовше чекає</translation>
    </message>
    <message>
        <source>Service level below</source>
        <translation>Рівень обслуговування нижче</translation>
    </message>
    <message>
        <source>Missed calls today</source>
        <translation>Пропущено за сьогодні</translation>
    </message>
    <message>
        <source>Ringing longer than (red)</source>
        <translation>Дзвонить довше (червоний)</translation>
    </message>
    <message>
        <source>Talking longer than (amber)</source>
        <translation>Розмова довше (жовтий)</translation>
    </message>
</context>
<context>
    <name>SiteDraft</name>
    <message>
        <source>installed trunks '%1' is not a whole number of at least 1</source>
        <translation>кількість ліній «%1» має бути цілою, не менше 1</translation>
    </message>
    <message>
        <source>operator extension '%1' is not a number</source>
        <translation>внутрішній номер оператора «%1» не є номером</translation>
    </message>
    <message>
        <source>group '%1' is not a number</source>
        <translation>група «%1» не є номером</translation>
    </message>
    <message>
        <source>group %1: member '%2' is not an extension number</source>
        <translation>група %1: учасник «%2» не є внутрішнім номером</translation>
    </message>
    <message>
        <source>channel DID '%1' is not a number</source>
        <translation>DID каналу «%1» не є номером</translation>
    </message>
    <message>
        <source>channel %1: dates are YYYY-MM-DD (or empty for open-ended)</source>
        <translation>канал %1: дати у вигляді РРРР-ММ-ДД (або порожньо — без обмеження)</translation>
    </message>
    <message>
        <source>channel %1: spend '%2' is not an amount</source>
        <translation>канал %1: витрати «%2» не є сумою</translation>
    </message>
    <message>
        <source>user name '%1': letters, digits and . _ @ - only</source>
        <translation>ім'я користувача «%1»: лише латинські літери, цифри та . _ @ -</translation>
    </message>
    <message>
        <source>user %1: role '%2' is not admin, supervisor or operator</source>
        <translation>користувач %1: роль «%2» — не admin, supervisor чи operator</translation>
    </message>
    <message>
        <source>user %1: group '%2' is not a number</source>
        <translation>користувач %1: група «%2» не є номером</translation>
    </message>
    <message>
        <source>user %1: extension '%2' is not a number</source>
        <translation>користувач %1: внутрішній номер «%2» не є номером</translation>
    </message>
    <message>
        <source>line %1: no phone number</source>
        <translation>рядок %1: немає номера телефону</translation>
    </message>
    <message>
        <source>line %1: '%2' is not a phone number</source>
        <translation>рядок %1: «%2» не є номером телефону</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::StaffingView</name>
    <message>
        <source>as required</source>
        <translation>скільки потрібно</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>What if (Erlang C for operators, Erlang B for trunks)</source>
        <translation>Що як (Ерланг C для операторів, Ерланг B для ліній)</translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation>Дзвінків за інтервал</translation>
    </message>
    <message>
        <source>Interval, minutes</source>
        <translation>Інтервал, хвилин</translation>
    </message>
    <message>
        <source>Average handle time, s</source>
        <translation>Середній час обробки, с</translation>
    </message>
    <message>
        <source>Answer within T, s</source>
        <translation>Відповідь за T, с</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>Ціль рівня обслуговування</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Втрати робочого часу</translation>
    </message>
    <message>
        <source>Operators on the phones</source>
        <translation>Операторів на лінії</translation>
    </message>
    <message>
        <source>Installed trunks</source>
        <translation>Встановлено ліній</translation>
    </message>
    <message>
        <source>Traffic: %1 Erl</source>
        <translation>Навантаження: %1 Ерл</translation>
    </message>
    <message>
        <source>Operators required: %1 (schedule %2 with shrinkage)</source>
        <translation>Потрібно операторів: %1 (у графік %2 з урахуванням втрат часу)</translation>
    </message>
    <message>
        <source>With %1 operators:</source>
        <translation>За %1 операторів:</translation>
    </message>
    <message>
        <source>service level %1 %</source>
        <translation>рівень обслуговування %1 %</translation>
    </message>
    <message>
        <source>calls that wait %1 %</source>
        <translation>чекають на відповідь %1 % дзвінків</translation>
    </message>
    <message>
        <source>average wait %1 s</source>
        <translation>середнє очікування %1 с</translation>
    </message>
    <message>
        <source>the queue grows without bound</source>
        <translation>черга зростає без меж</translation>
    </message>
    <message>
        <source>occupancy %1 %</source>
        <translation>завантаженість %1 %</translation>
    </message>
    <message>
        <source>Trunk traffic %1 Erl: %2 trunks for 1 % blocking</source>
        <translation>Навантаження на лінії %1 Ерл: %2 ліній для блокування 1 %</translation>
    </message>
    <message>
        <source>Blocking at the installed trunks: %1 %</source>
        <translation>Блокування за встановлених ліній: %1 %</translation>
    </message>
    <message>
        <source>Cannot compute: %1</source>
        <translation>Не вдається розрахувати: %1</translation>
    </message>
</context>
<context>
    <name>kxcti::supervisor::SupervisorApp</name>
    <message>
        <source>No demo accounts in %1: is kxcti-server run (with the simulator) using that data directory? Log in by hand, or start it and try again.</source>
        <translation>У %1 немає демо-облікових записів: kxcti-server run (із симулятором) використовує цю теку даних? Увійдіть вручну або запустіть його й повторіть.</translation>
    </message>
    <message>
        <source>Waiting for the demo server's accounts in %1…</source>
        <translation>Чекаємо на облікові записи демо-сервера в %1…</translation>
    </message>
</context>
<context>
    <name>kxcti::qtclient</name>
    <message>
        <source>not connected to the server</source>
        <translation>немає з'єднання із сервером</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Немає з'єднання</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Під'єднання…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Під'єднано</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Під'єднано (%1)</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Від'єднано: %1</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>Перепід'єднання через %1 с: %2</translation>
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