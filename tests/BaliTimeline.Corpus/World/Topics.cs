namespace BaliTimeline.Corpus.World;

/// <summary>What the region's officials meet about: as workshop titles ("Victim Identification") and as discussion ("the ...").</summary>
public static class Topics
{
    /// <summary>Title case, for the names of workshops, courses and products.</summary>
    public static readonly string[] Titles =
    [
        "Victim Identification in Labour Migration Settings", "Biometrics and Identity Management", "Document Examination",
        "Immigration Intelligence Reporting", "Trafficking in Persons into Online Scam Operations", "Ethical Recruitment",
        "Forced Labour at Sea", "Financial Investigations into People Smuggling", "Child Protection in Mixed Migration",
        "Returns and Reintegration of Victims of Trafficking", "Border Management and Document Security",
        "Technology-Facilitated Trafficking", "Gender-Sensitive Responses to Trafficking", "Maritime Search and Rescue Coordination",
        "Labour Migration Pathways", "Mutual Legal Assistance in Trafficking Cases", "Trauma-Informed Interviewing of Victims",
        "Screening and Referral of Vulnerable Migrants", "Civil Registration and Statelessness", "Supply Chain Transparency",
        "Visa Fraud Detection", "Prosecution of Migrant Smuggling", "Protection at Sea", "Data on Irregular Migration",
        "Online Recruitment and Cybercrime", "Counter-Trafficking Legislation", "Asset Recovery in Trafficking Cases",
        "Victim Support Services", "Public Awareness Campaigns", "Cooperation between Prosecutors",
        "Identity Fraud at Airports", "Trafficking for Forced Criminality", "Joint Investigations", "Disembarkation and Reception",
    ];

    /// <summary>Lower case with an article, for discussion sentences.</summary>
    public static readonly string[] Issues =
    [
        "the exploitation of migrant workers in the fishing industry", "online recruitment scams", "the smuggling of migrants by sea",
        "document fraud at air and land borders", "the protection of children on the move", "the prosecution of traffickers",
        "the confiscation of criminal proceeds", "forced criminality in scam compounds", "irregular maritime movements in the Andaman Sea",
        "labour exploitation in supply chains", "the return of people found not to need international protection",
        "the use of social media by smuggling networks", "debt bondage linked to recruitment fees", "the identification of victims at borders",
        "sexual exploitation linked to entertainment venues", "visa fraud", "information sharing between investigators",
        "the needs of victims after they return home", "mixed movements of refugees and migrants", "the misuse of genuine travel documents",
        "trafficking for forced marriage", "the role of corruption in smuggling ventures", "safe and legal labour migration channels",
        "cross-border cooperation between police forces", "the vulnerability of stateless people", "the use of cryptocurrency by criminal networks",
    ];

    public static readonly string[] Organisations =
    [
        "the International Organization for Migration (IOM)", "the Office of the United Nations High Commissioner for Refugees (UNHCR)",
        "the United Nations Office on Drugs and Crime (UNODC)", "the International Labour Organization (ILO)", "INTERPOL",
    ];

    public static readonly string[] ShortOrganisations = ["IOM", "UNHCR", "UNODC", "the ILO", "INTERPOL", "the RSO"];
}
