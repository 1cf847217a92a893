"""Name pools for the demo database: realistic, multilingual, several scripts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Culture:
    key: str  # e.g. "es-MX"
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 codes where these names are typical, first = most typical
    weight: int  # relative frequency in the demo data
    given_female: tuple[str, ...]
    given_male: tuple[str, ...]
    family: tuple[str, ...]
    cities: tuple[str, ...]  # cities in countries[0] (in the same script as the names)
    email_ascii: bool  # True when given/family names are Latin script (so emails can be derived from them)


# fmt: off
# (data: several names a line; the formatter would give each its own)

_ES = Culture(
    key='es',
    countries=('MX', 'ES', 'CO', 'PE', 'AR', 'CL'),
    weight=20,
    given_female=(
        'María', 'Sofía', 'Lucía', 'Valentina', 'Camila', 'Isabella', 'Daniela', 'Gabriela', 'Fernanda',
        'Ximena', 'Paula', 'Carmen', 'Ana', 'Laura', 'Andrea', 'Verónica', 'Mónica', 'Patricia', 'Guadalupe',
        'Rocío', 'Beatriz', 'Elena', 'Natalia', 'Alejandra', 'Mariana', 'Claudia', 'Adriana', 'Lorena', 'Pilar',
        'Inés', 'Julia', 'Raquel', 'Marisol', 'Catalina', 'Araceli', 'Itzel',
    ),
    given_male=(
        'José', 'Jesús', 'Juan', 'Luis', 'Carlos', 'Miguel', 'Alejandro', 'Javier', 'Fernando', 'Andrés',
        'Sebastián', 'Diego', 'Mateo', 'Santiago', 'Nicolás', 'Ramón', 'Raúl', 'Óscar', 'Héctor', 'Álvaro',
        'Rubén', 'Joaquín', 'Tomás', 'Iván', 'Martín', 'Pablo', 'Ricardo', 'Eduardo', 'Francisco', 'Antonio',
        'Manuel', 'Germán', 'Rodrigo', 'Emilio', 'Agustín',
    ),
    family=(
        'García', 'Rodríguez', 'Martínez', 'Hernández', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez',
        'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Ortiz',
        'Núñez', 'Peña', 'Muñoz', 'Jiménez', 'Ruiz', 'Álvarez', 'Romero', 'Vásquez', 'Castillo', 'Mendoza',
        'Vargas', 'Herrera', 'Medina', 'Aguilar', 'Castro', 'Ramos', 'Chávez', 'Domínguez', 'Fernández',
        'Suárez', 'Rojas', 'Ibáñez', 'Márquez', 'Benítez', 'Quiñones', 'Ordóñez',
    ),
    cities=(
        'Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Querétaro', 'Mérida', 'León', 'Tijuana',
        'Toluca', 'San Luis Potosí', 'Morelia', 'Cancún', 'Oaxaca', 'Culiacán',
    ),
    email_ascii=True,
)

_PT = Culture(
    key='pt-BR',
    countries=('BR', 'PT', 'MZ', 'AO'),
    weight=8,
    given_female=(
        'Maria', 'Ana', 'Conceição', 'Francisca', 'Antônia', 'Adriana', 'Juliana', 'Márcia', 'Fernanda',
        'Patrícia', 'Aline', 'Sandra', 'Camila', 'Amanda', 'Bruna', 'Jéssica', 'Letícia', 'Júlia', 'Luíza',
        'Mariana', 'Beatriz', 'Larissa', 'Gabriela', 'Vitória', 'Débora', 'Cláudia', 'Lúcia', 'Tânia', 'Vânia',
        'Simone', 'Renata', 'Raquel', 'Isabela', 'Graça',
    ),
    given_male=(
        'João', 'José', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos',
        'Gabriel', 'Rafael', 'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Raimundo', 'Rodrigo', 'Sérgio',
        'Fábio', 'Márcio', 'Vinícius', 'Caio', 'Thiago', 'Gustavo', 'Leonardo', 'André', 'Mateus', 'Otávio',
        'Júlio', 'Cauã', 'Estêvão', 'Sebastião',
    ),
    family=(
        'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
        'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira',
        'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes',
        'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Araújo', 'Magalhães', 'Conceição', 'Simões', 'Brandão',
        'Falcão', 'Guimarães', 'Assunção', 'Damasceno',
    ),
    cities=(
        'São Paulo', 'Rio de Janeiro', 'Brasília', 'Salvador', 'Fortaleza', 'Belo Horizonte', 'Manaus',
        'Curitiba', 'Recife', 'Porto Alegre', 'Belém', 'Goiânia', 'Florianópolis', 'São Luís', 'Maceió',
    ),
    email_ascii=True,
)

_FR = Culture(
    key='fr',
    countries=('FR', 'SN', 'CI', 'CM', 'MA', 'TN'),
    weight=14,
    given_female=(
        'Marie', 'Hélène', 'Françoise', 'Isabelle', 'Nathalie', 'Sophie', 'Camille', 'Élodie', 'Céline',
        'Aurélie', 'Chloé', 'Léa', 'Manon', 'Inès', 'Juliette', 'Anaïs', 'Émilie', 'Valérie', 'Sylvie',
        'Christine', 'Catherine', 'Véronique', 'Margaux', 'Zoé', 'Noémie', 'Mélanie', 'Gaëlle', 'Aïssatou',
        'Fatou', 'Aminata', 'Awa', 'Mariam', 'Nadège', 'Bénédicte',
    ),
    given_male=(
        'Jean', 'Benoît', 'Pierre', 'François', 'Jérôme', 'Stéphane', 'Frédéric', 'Sébastien', 'Julien',
        'Nicolas', 'Thomas', 'Antoine', 'Mathieu', 'Olivier', 'Étienne', 'Rémi', 'Théo', 'Hugo', 'Louis',
        'Guillaume', 'Cédric', 'Hervé', 'Gaël', 'Loïc', 'Noël', 'Mamadou', 'Ousmane', 'Moussa', 'Abdoulaye',
        'Cheikh', 'Serge', 'Yannick', 'Koffi', 'Didier', 'Jérémie',
    ),
    family=(
        'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
        'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Fontaine', 'Rousseau', 'Girard', 'Bonnet', 'Dupont',
        'Lambert', 'Mercier', 'Faure', 'André', 'Chevalier', 'Gauthier', 'Perrin', 'Clément', 'Ménard',
        'Hébert', 'Lemaître', 'Gérard', 'Bérard', 'Diallo', 'Ndiaye', 'Diop', 'Sow', 'Fall', 'Traoré', 'Koné',
        'Ouattara', 'Kouassi', 'Mbarga', 'Fofana', 'Camara', 'Cissé', 'Touré', 'Coulibaly',
    ),
    cities=(
        'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Montpellier',
        'Rennes', 'Grenoble', 'Saint-Étienne', 'Nîmes', 'Besançon', 'Orléans',
    ),
    email_ascii=True,
)

_EN = Culture(
    key='en',
    countries=('KE', 'NG', 'GH', 'UG', 'TZ', 'ZA', 'IN', 'PH'),
    weight=20,
    given_female=(
        'Wanjiru', 'Wanjiku', 'Njeri', 'Akinyi', 'Atieno', 'Achieng', 'Nyambura', 'Wambui', 'Chebet',
        'Jepkoech', 'Nekesa', 'Adaeze', 'Chiamaka', 'Ngozi', 'Chioma', 'Funmilayo', 'Folake', 'Yetunde',
        'Amina', 'Zainab', 'Abena', 'Akosua', 'Ama', 'Efua', 'Adwoa', 'Esi', 'Nakato', 'Grace', 'Faith',
        'Mercy', 'Blessing', 'Priya', 'Ananya', 'Thandiwe', 'Neema',
    ),
    given_male=(
        'Otieno', 'Ochieng', 'Kamau', 'Mwangi', 'Kiprop', 'Mutua', 'Wekesa', 'Odhiambo', 'Njoroge',
        'Chukwuemeka', 'Adebayo', 'Oluwaseun', 'Emeka', 'Chinedu', 'Babatunde', 'Ifeanyi', 'Musa', 'Ibrahim',
        'Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Kojo', 'Kwesi', 'Joseph', 'Samuel', 'Daniel', 'Peter', 'Brian',
        'Kevin', 'Rajesh', 'Arjun', 'Sipho', 'Baraka', 'Juma',
    ),
    family=(
        'Otieno', 'Odhiambo', 'Kamau', 'Mwangi', 'Njoroge', 'Kariuki', 'Mutua', 'Wanjala', 'Kiprono', 'Kiptoo',
        'Omondi', 'Adebayo', 'Okafor', 'Okonkwo', 'Adeyemi', 'Balogun', 'Eze', 'Nwosu', 'Obi', 'Abubakar',
        'Bello', 'Ogunleye', 'Mensah', 'Owusu', 'Asante', 'Boateng', 'Appiah', 'Osei', 'Agyeman', 'Ofori',
        'Okello', 'Mukasa', 'Kato', 'Massawe', 'Mwakyusa', 'Ndlovu', 'Dlamini', 'Khumalo', 'Nkosi', 'Sharma',
        'Reddy', 'Dela Cruz', 'Bautista',
    ),
    cities=(
        'Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Thika', 'Nyeri', 'Machakos', 'Meru', 'Kakamega',
        'Malindi', 'Garissa',
    ),
    email_ascii=True,
)

_AR = Culture(
    key='ar',
    countries=('EG', 'MA', 'DZ', 'TN', 'JO', 'SA', 'AE', 'SD'),
    weight=14,
    given_female=(
        'فاطمة', 'عائشة', 'مريم', 'خديجة', 'زينب', 'نور', 'سارة', 'ليلى', 'هدى', 'أمينة', 'سلمى', 'رانيا',
        'دينا', 'ياسمين', 'منى', 'هبة', 'إيمان', 'أسماء', 'نادية', 'سميرة', 'رحاب', 'لبنى', 'سعاد', 'حنان',
        'جميلة', 'رقية', 'آمنة', 'شيماء', 'نجلاء', 'وفاء', 'ريم', 'لينا', 'غادة',
    ),
    given_male=(
        'محمد', 'أحمد', 'علي', 'عمر', 'يوسف', 'إبراهيم', 'خالد', 'حسن', 'حسين', 'مصطفى', 'محمود', 'عبد الله',
        'عبد الرحمن', 'كريم', 'طارق', 'سامي', 'ياسين', 'حمزة', 'بلال', 'أنس', 'سعيد', 'مراد', 'رشيد', 'نبيل',
        'وليد', 'هشام', 'عادل', 'جمال', 'فيصل', 'ماجد', 'زياد', 'سليمان', 'إسماعيل', 'منصور',
    ),
    family=(
        'العلي', 'حسن', 'الشريف', 'المصري', 'الحسيني', 'الخطيب', 'السيد', 'عبد الله', 'إبراهيم', 'منصور',
        'الأحمد', 'الزين', 'النجار', 'الحداد', 'العطار', 'الخياط', 'الشامي', 'البغدادي', 'التونسي', 'المغربي',
        'الجزائري', 'القحطاني', 'العتيبي', 'الشمري', 'الدوسري', 'الهاشمي', 'بن علي', 'بن يوسف', 'بوزيد',
        'بلقاسم', 'الفاسي', 'العمراني', 'الإدريسي', 'الطحان', 'سليمان', 'عثمان', 'صالح', 'الرفاعي', 'الزهراني',
        'درويش', 'عيسى', 'الكردي',
    ),
    cities=(
        'القاهرة', 'الإسكندرية', 'الجيزة', 'بورسعيد', 'السويس', 'الأقصر', 'أسوان', 'المنصورة', 'طنطا', 'أسيوط',
        'الزقازيق', 'دمياط', 'الإسماعيلية',
    ),
    email_ascii=False,
)

_RU = Culture(
    key='ru',
    countries=('RU', 'KZ', 'KG', 'BY', 'UZ'),
    weight=8,
    given_female=(
        'Наталья', 'Елена', 'Ольга', 'Татьяна', 'Анна', 'Мария', 'Екатерина', 'Ирина', 'Светлана', 'Юлия',
        'Анастасия', 'Дарья', 'Ксения', 'Людмила', 'Галина', 'Марина', 'Алина', 'Виктория', 'Полина', 'Софья',
        'Вера', 'Надежда', 'Любовь', 'Валентина', 'Евгения', 'Александра', 'Кристина', 'Алёна', 'Жанна',
        'Лариса', 'Оксана', 'Инна', 'Арина', 'Айгерим',
    ),
    given_male=(
        'Алексей', 'Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Михаил', 'Иван', 'Николай', 'Владимир', 'Павел',
        'Евгений', 'Максим', 'Артём', 'Илья', 'Кирилл', 'Никита', 'Роман', 'Олег', 'Игорь', 'Юрий', 'Виктор',
        'Константин', 'Григорий', 'Фёдор', 'Пётр', 'Тимур', 'Руслан', 'Айдар', 'Нурлан', 'Ержан', 'Бахтияр',
        'Станислав', 'Денис', 'Вадим',
    ),
    family=(
        'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков',
        'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов',
        'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв',
        'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров',
        'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов',
        'Ахметов', 'Абдуллаев',
    ),
    cities=(
        'Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Нижний Новгород', 'Челябинск',
        'Самара', 'Омск', 'Ростов-на-Дону', 'Уфа', 'Красноярск', 'Воронеж', 'Пермь', 'Томск',
    ),
    email_ascii=False,
)

_ZH = Culture(
    key='zh',
    countries=('CN', 'SG'),
    weight=10,
    given_female=(
        '芳', '秀英', '娜', '敏', '静', '丽', '艳', '娟', '霞', '秀兰', '燕', '玲', '桂英', '丹', '萍', '红', '玉兰', '婷', '雪', '慧',
        '佳怡', '欣怡', '梓涵', '雨涵', '诗涵', '晓燕', '丽娟', '美玲', '淑芬', '海燕', '思琪', '一诺', '梦洁',
    ),
    given_male=(
        '伟', '志强', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华', '建华', '建国', '建军', '国强',
        '海涛', '俊杰', '浩然', '子轩', '宇轩', '博文', '天佑', '晨', '浩', '鑫', '毅', '志明', '家豪',
    ),
    family=(
        '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑',
        '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜',
        '叶', '程', '欧阳',
    ),
    cities=(
        '北京', '上海', '广州', '深圳', '天津', '重庆', '成都', '武汉', '杭州', '南京', '西安', '苏州', '长沙', '青岛', '合肥',
    ),
    email_ascii=False,
)

_VI = Culture(
    key='vi',
    countries=('VN',),
    weight=3,
    given_female=(
        'Lan', 'Hương', 'Linh', 'Trang', 'Thảo', 'Ngọc', 'Hà', 'Mai', 'Hoa', 'Hằng', 'Phương', 'Thủy', 'Nhung',
        'Yến', 'Vy', 'Anh', 'Chi', 'Giang', 'Hạnh', 'Huyền', 'Loan', 'Nga', 'Oanh', 'Quỳnh', 'Tâm', 'Thu',
        'Trâm', 'Uyên', 'Vân', 'Xuân', 'Diệp', 'Ánh',
    ),
    given_male=(
        'Minh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Phong', 'Quang', 'Sơn', 'Thắng', 'Trung', 'Việt',
        'Đức', 'Khang', 'Khoa', 'Bảo', 'Huy', 'Hoàng', 'Cường', 'Thành', 'Tùng', 'Vinh', 'Lâm', 'Phúc', 'Tài',
        'Hiếu', 'Kiên', 'Đạt', 'Nghĩa', 'Thịnh', 'Toàn', 'Duy', 'Lộc',
    ),
    family=(
        'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
        'Dương', 'Lý', 'Đinh', 'Đoàn', 'Lâm', 'Mai', 'Trịnh', 'Trương', 'Lưu', 'Tạ', 'Cao', 'Hà', 'Châu', 'Tô',
        'Lương', 'Tăng', 'Thái', 'Kiều', 'Quách', 'Phùng', 'Vương', 'Đào', 'La', 'Triệu', 'Hứa', 'Từ', 'Mạc',
        'Chu', 'Diệp', 'Tôn',
    ),
    cities=(
        'Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế', 'Nha Trang', 'Biên Hòa',
        'Vũng Tàu', 'Quy Nhơn', 'Đà Lạt', 'Buôn Ma Thuột',
    ),
    email_ascii=True,
)

_TR = Culture(
    key='tr',
    countries=('TR',),
    weight=3,
    given_female=(
        'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Şerife', 'Zehra', 'Sultan', 'Hanife',
        'Merve', 'Büşra', 'Özlem', 'Gülşen', 'Yasemin', 'Esra', 'Derya', 'Ebru', 'Dilek', 'Sevgi', 'Nur',
        'Şeyma', 'Ceren', 'İrem', 'Gizem', 'Tuğba', 'Selin', 'Buse', 'Aslı', 'Nilüfer', 'Çiğdem', 'Gökçe',
    ),
    given_male=(
        'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Osman', 'Yusuf', 'Murat',
        'Ömer', 'Ramazan', 'Halil', 'Süleyman', 'Abdullah', 'Mahmut', 'Emre', 'Burak', 'Şükrü', 'Çağlar',
        'Oğuz', 'Barış', 'Kemal', 'Serkan', 'Tolga', 'Uğur', 'Gökhan', 'Volkan', 'Eren', 'Kaan', 'Onur',
        'Tuncay', 'Ertuğrul',
    ),
    family=(
        'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
        'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat',
        'Özcan', 'Korkmaz', 'Çakır', 'Erdoğan', 'Yavuz', 'Acar', 'Şen', 'Aktaş', 'Güler', 'Yalçın', 'Güneş',
        'Bozkurt', 'Bulut', 'Keskin', 'Ünal', 'Turan', 'Özer', 'Işık', 'Kaplan', 'Avcı', 'Sarı', 'Tekin',
    ),
    cities=(
        'İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Konya', 'Adana', 'Gaziantep', 'Şanlıurfa',
        'Kocaeli', 'Mersin', 'Diyarbakır', 'Kayseri', 'Eskişehir', 'Trabzon',
    ),
    email_ascii=True,
)

CULTURES: tuple[Culture, ...] = (_ES, _EN, _FR, _AR, _PT, _RU, _ZH, _VI, _TR)

ORGANIZATION_NAMES: dict[str, tuple[str, ...]] = {
    'ip_office': (
        'National Intellectual Property Office of {country}', '{country} Industrial Property Institute',
        '{country} Patent and Trademark Office', '{city} Regional Patent Information Centre',
        'Office national de la propriété industrielle ({country})',
        'Instituto Nacional de la Propiedad Industrial de {country}',
        'Instituto Nacional da Propriedade Industrial – {country}', 'المكتب الوطني للملكية الصناعية',
        'Федеральная служба по интеллектуальной собственности', '国家知识产权局{city}代办处',
    ),
    'university': (
        'University of {city}', '{city} Institute of Technology', 'Universidad Nacional de {city}',
        'Pontificia Universidad Católica de {city}', 'Université de {city}',
        'Université polytechnique de {city}', 'Universidade Federal de {city}', 'جامعة {city}',
        'Государственный университет г. {city}', '{city}理工大学',
    ),
    'research_institute': (
        'National Agricultural Research Institute of {country}',
        '{country} Institute for Renewable Energy Research',
        'Instituto de Investigaciones Tecnológicas de {city}',
        'Centro de Investigación en Biotecnología de {city}',
        'Centre national de la recherche scientifique et technique ({country})',
        'Institut de recherche pour le développement de {city}',
        'Instituto de Pesquisas Tecnológicas de {city}', 'المركز الوطني للبحوث العلمية',
        'Научно-исследовательский институт прикладной физики', '{city}新材料研究所',
    ),
    'st_park': (
        '{city} Science and Technology Park', '{city} Innovation District', '{country} Digital Technology Hub',
        'Parque Científico y Tecnológico de {city}', 'Parque Tecnológico de {city}', 'Technopole de {city}',
        'مدينة {city} للعلوم والتكنولوجيا', 'Технопарк «{city}»', '{city}高新技术产业开发区',
    ),
    'incubator': (
        '{city} Innovation Hub', '{city} Startup Lab', 'AgriTech Incubator {city}',
        '{country} Women in Tech Accelerator', 'Incubadora de Empresas de Base Tecnológica de {city}',
        'Incubadora Tecnológica de {city}', 'Incubateur {city} Tech', 'حاضنة أعمال {city}',
        'Бизнес-инкубатор «{city}»', '{city}创业孵化中心',
    ),
    'chamber': (
        '{city} Chamber of Commerce and Industry', '{country} National Chamber of Commerce',
        'Chamber of Small and Medium Enterprises of {country}', 'Cámara de Comercio de {city}',
        'Câmara de Comércio de {city}', "Chambre de commerce et d'industrie de {city}",
        'غرفة تجارة وصناعة {city}', 'Торгово-промышленная палата г. {city}', '{city}国际商会',
    ),
    'ngo': (
        'Innovation for Development Foundation', 'Women Inventors Network {country}',
        'Youth Makers Network of {country}', 'Open Knowledge Collective {city}',
        'Fundación Ciencia y Futuro de {city}', 'Fundação Inovar {city}',
        'Association Sciences et Savoirs ({city})', 'مؤسسة الابتكار من أجل التنمية',
        'Фонд содействия инновациям «{city}»', '{city}青少年科技创新基金会',
    ),
    'company': (
        '{family} & Partners Ltd', '{family} Solar Solutions Ltd', '{family} Engineering Consultants',
        '{city} MedTech Labs Ltd', '{family} Agritech SARL', '{family} Biotech SAS',
        '{family} Ingeniería S.A. de C.V.', 'Grupo {family} S.A.', '{family} Tecnologia Ltda.',
        'شركة {family} للتقنيات الحديثة', 'ООО «{family} Технологии»', '{city}创新科技有限公司',
    ),
    'association': (
        "{city} Inventors' Association", '{country} Young Innovators Association',
        'National Association of Women Inventors ({country})', 'Asociación de Inventores de {city}',
        'Associação dos Inventores de {city}', 'Association des inventeurs de {country}',
        'Association des jeunes innovateurs de {city}', 'جمعية المخترعين في {city}',
        'Ассоциация изобретателей г. {city}', '{city}发明协会',
    ),
    'ministry': (
        'Ministry of Industry and Innovation', 'Ministry of Higher Education, Science and Technology',
        'Ministry of Trade, Industry and Cooperatives', 'Ministerio de Ciencia, Tecnología e Innovación',
        'Ministério da Ciência, Tecnologia e Inovação',
        "Ministère de l'Enseignement supérieur et de la Recherche scientifique",
        "Ministère de l'Économie numérique et de l'Innovation", 'وزارة التعليم العالي والبحث العلمي',
        'Министерство науки и высшего образования', '科学技术部',
    ),
}

POSITIONS: tuple[str, ...] = (
    'Patent examiner', 'Trademark examiner', 'Technology transfer officer', 'Researcher', 'Founder', 'Student',
    'Professor', 'Lecturer', 'PhD candidate', 'IP attorney', 'Innovation manager', 'Director',
    'Program coordinator', 'Engineer', 'Chief executive officer', 'Chief technology officer',
    'Business development manager', 'Policy advisor', 'Laboratory technician', 'Incubation manager',
)

EMAIL_DOMAINS: tuple[str, ...] = (
    'mail.example', 'uni-nairobi.example', 'innovhub.example', 'post.example', 'research-net.example',
    'techpark.example', 'inventors.example', 'univ-dakar.example', 'correo.example', 'startup-lab.example',
)
# fmt: on
