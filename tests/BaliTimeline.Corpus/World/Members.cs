namespace BaliTimeline.Corpus.World;

/// <summary>
/// Real members of the Bali Process with real cities and agencies. The officials' names are invented: a generated
/// document must not put words or roles in a real person's mouth.
/// </summary>
public static class Members
{
    private static readonly string[] NoNames = [];

    private static readonly string[] GenericOffices =
        ["Deputy Director-General, Transnational Crime Division", "Director, Border Management Division", "Deputy Secretary", "Assistant Commissioner"];

    public static readonly Member Indonesia = new("Indonesia", "Indonesian",
        ["Bali", "Nusa Dua", "Jakarta", "Yogyakarta", "Surabaya", "Bandung", "Batam", "Makassar"],
        [new("Ministry of Foreign Affairs"), new("Directorate General of Immigration"), new("Ministry of Law and Human Rights"), new("Indonesian National Police", NamesCountry: true)],
        ["Director General of Multilateral Cooperation", "Director for International Security and Disarmament", "Director for Asia-Pacific Regional Cooperation"],
        ["Dewi", "Andi", "Ratna", "Budi", "Agus", "Siti", "Hendra", "Ayu", "Rizal", "Wahyu", "Indah", "Teguh", "Nurul", "Fajar"],
        ["Kartikasari", "Santoso", "Wibowo", "Pratama", "Hidayat", "Setiawan", "Nugroho", "Lestari", "Kusuma", "Siregar", "Purnomo", "Rahardjo"],
        FormalName: "the Republic of Indonesia");

    public static readonly Member Australia = new("Australia", "Australian",
        ["Canberra", "Sydney", "Perth", "Adelaide", "Melbourne", "Brisbane", "Darwin"],
        [new("Department of Foreign Affairs and Trade"), new("Department of Home Affairs"), new("Attorney-General's Department"),
         new("Australian Border Force", NamesCountry: true), new("Australian Federal Police", NamesCountry: true)],
        ["Ambassador for People Smuggling and Human Trafficking", "Ambassador to Counter Modern Slavery, People Smuggling and Human Trafficking",
         "Assistant Secretary, Human Trafficking and Slavery Policy", "First Assistant Secretary, International Division"],
        ["Andrew", "Sarah", "James", "Catherine", "Michael", "Emma", "David", "Rebecca", "Peter", "Louise", "Helen", "Mark"],
        ["Whitfield", "Carrington", "Ashby", "Doyle", "Fenwick", "Maguire", "Pemberton", "Lockwood", "Sinclair", "Thornton", "Kellaway", "Brennan"]);

    public static readonly Member NewZealand = new("New Zealand", "New Zealand",
        ["Wellington", "Auckland", "Christchurch"],
        [new("Immigration New Zealand", NamesCountry: true, Article: false), new("Ministry of Foreign Affairs and Trade"), new("New Zealand Police", NamesCountry: true, Article: false)],
        ["Ambassador for Counter-Terrorism and Transnational Crime", "General Manager, Border and Visa Operations"],
        ["Sarah", "Hemi", "Grace", "Tom", "Aroha", "Nick", "Claire"], ["Pennington", "Walker", "Tane", "Gallagher", "Ngata", "Fraser"]);

    public static readonly Member SriLanka = new("Sri Lanka", "Sri Lankan",
        ["Colombo", "Kandy", "Galle"],
        [new("Ministry of Foreign Affairs"), new("Department of Immigration and Emigration"), new("Sri Lanka Police", NamesCountry: true, Article: false)],
        GenericOffices, ["Nimal", "Chaminda", "Dilani", "Ruwan", "Shanika", "Kasun"], ["Perera", "Fernando", "Wickramasinghe", "Jayasuriya", "Senanayake"]);

    public static readonly Member Malaysia = new("Malaysia", "Malaysian",
        ["Kuala Lumpur", "Putrajaya", "Penang"],
        [new("Ministry of Home Affairs"), new("Royal Malaysia Police", NamesCountry: true), new("Immigration Department")],
        GenericOffices, ["Ahmad", "Nurul", "Faizal", "Siti", "Hafiz", "Mei Ling"], ["Rahman", "Ismail", "Abdullah", "Yusof", "Tan"]);

    public static readonly Member VietNam = new("Viet Nam", "Vietnamese",
        ["Hanoi", "Ho Chi Minh City", "Da Nang"],
        [new("Ministry of Public Security"), new("Ministry of Foreign Affairs")],
        ["Deputy Director, Department of Immigration", "Senior Colonel, Criminal Police Department"],
        ["Minh Duc", "Thi Lan", "Van Thanh", "Thu Ha", "Quoc Bao"], ["Nguyen", "Tran", "Le", "Pham", "Hoang"]);

    public static readonly Member Thailand = new("Thailand", "Thai",
        ["Bangkok", "Chiang Mai", "Pattaya", "Phuket"],
        [new("Ministry of Foreign Affairs"), new("Royal Thai Police", NamesCountry: true), new("Ministry of Social Development and Human Security")],
        ["Deputy Director-General, Department of International Organizations", "Director, Social Division"],
        ["Kanchana", "Somchai", "Pattama", "Anan", "Suda", "Wichai"], ["Srisuk", "Chaiyaporn", "Boonmee", "Rattanakorn", "Thongdee"]);

    public static readonly Member Philippines = new("Philippines", "Philippine",
        ["Manila", "Cebu", "Davao"],
        [new("Department of Justice"), new("Bureau of Immigration"), new("Department of Foreign Affairs")],
        GenericOffices, ["Maria", "Jose", "Ana", "Ramon", "Cristina"], ["Santos", "Reyes", "Cruz", "Bautista", "Villanueva"], Article: true);

    public static readonly Member Bangladesh = new("Bangladesh", "Bangladeshi", ["Dhaka", "Chattogram"],
        [new("Ministry of Home Affairs"), new("Ministry of Foreign Affairs")], GenericOffices, NoNames, NoNames);

    public static readonly Member Pakistan = new("Pakistan", "Pakistani", ["Islamabad", "Lahore", "Karachi"],
        [new("Federal Investigation Agency"), new("Ministry of Interior")], GenericOffices, NoNames, NoNames);

    public static readonly Member Cambodia = new("Cambodia", "Cambodian", ["Phnom Penh", "Siem Reap"],
        [new("Ministry of Interior")], GenericOffices, NoNames, NoNames);

    public static readonly Member Fiji = new("Fiji", "Fijian", ["Suva", "Nadi"],
        [new("Fiji Police Force", NamesCountry: true), new("Department of Immigration")], GenericOffices, NoNames, NoNames);

    public static readonly Member Maldives = new("Maldives", "Maldivian", ["Mal\u00e9"],
        [new("Maldives Immigration", NamesCountry: true, Article: false), new("Ministry of Foreign Affairs")], GenericOffices, NoNames, NoNames);

    public static readonly Member PapuaNewGuinea = new("Papua New Guinea", "Papua New Guinean", ["Port Moresby"],
        [new("Immigration and Citizenship Authority")], GenericOffices, NoNames, NoNames);

    private static Member Host(string name, string adjective, string[] cities, bool article = false) =>
        new(name, adjective, cities, [new("Ministry of Foreign Affairs")], GenericOffices, NoNames, NoNames, article);

    public static readonly Member Nepal = Host("Nepal", "Nepalese", ["Kathmandu"]);
    public static readonly Member India = Host("India", "Indian", ["New Delhi"]);
    public static readonly Member Japan = Host("Japan", "Japanese", ["Tokyo"]);
    public static readonly Member Korea = Host("Republic of Korea", "Korean", ["Seoul"], article: true);
    public static readonly Member Singapore = Host("Singapore", "Singaporean", ["Singapore"]);
    public static readonly Member Mongolia = Host("Mongolia", "Mongolian", ["Ulaanbaatar"]);
    public static readonly Member TimorLeste = Host("Timor-Leste", "Timorese", ["Dili"]);
    public static readonly Member Brunei = Host("Brunei Darussalam", "Bruneian", ["Bandar Seri Begawan"]);
    public static readonly Member LaoPdr = Host("Lao PDR", "Lao", ["Vientiane", "Luang Prabang"]);
    public static readonly Member Myanmar = Host("Myanmar", "Myanmar", ["Yangon", "Nay Pyi Taw"]);
    public static readonly Member Samoa = Host("Samoa", "Samoan", ["Apia"]);
    public static readonly Member SolomonIslands = Host("Solomon Islands", "Solomon Islands", ["Honiara"]);
    public static readonly Member Vanuatu = Host("Vanuatu", "Ni-Vanuatu", ["Port Vila"]);
    public static readonly Member UnitedArabEmirates = Host("United Arab Emirates", "Emirati", ["Abu Dhabi"], article: true);
    public static readonly Member Jordan = Host("Jordan", "Jordanian", ["Amman"]);

    /// <summary>Who hosts meetings, and how often: most meetings are in Bangkok, Indonesia or Australia.</summary>
    public static readonly (int Weight, Member Member)[] Hosts =
    [
        (14, Thailand), (12, Indonesia), (7, Australia), (3, NewZealand), (3, SriLanka), (3, Malaysia), (3, VietNam), (3, Philippines),
        (1, Bangladesh), (1, Pakistan), (1, Cambodia), (1, Fiji), (1, Maldives), (1, PapuaNewGuinea), (1, Nepal), (1, India),
        (1, Japan), (1, Korea), (1, Singapore), (1, Mongolia), (1, TimorLeste), (1, Brunei), (1, LaoPdr), (1, Samoa),
        (1, SolomonIslands), (1, Vanuatu), (1, UnitedArabEmirates), (1, Jordan),
    ];

    /// <summary>Members that co-chair a working body with a standing partner (New Zealand, Australia) in turn.</summary>
    public static readonly Member[] RotatingCoChairs =
        [SriLanka, Malaysia, VietNam, Thailand, Philippines, Fiji, Bangladesh, Pakistan, Cambodia, Maldives, PapuaNewGuinea];

    /// <summary>Names for attendance lists: every member, including some that never host here.</summary>
    public static readonly string[] AttendanceNames =
    [
        "Afghanistan", "Australia", "Bangladesh", "Bhutan", "Brunei Darussalam", "Cambodia", "China", "Fiji", "India", "Indonesia",
        "Iran", "Iraq", "Japan", "Jordan", "Kiribati", "Lao PDR", "Malaysia", "Maldives", "Mongolia", "Myanmar", "Nauru", "Nepal",
        "New Zealand", "Pakistan", "Palau", "Papua New Guinea", "the Philippines", "the Republic of Korea", "Samoa", "Singapore",
        "Solomon Islands", "Sri Lanka", "Thailand", "Timor-Leste", "Tonga", "T\u00fcrkiye", "the United Arab Emirates",
        "the United States", "Vanuatu", "Viet Nam",
    ];
}
