namespace HistoryCms.USync.Cli.Samples;

/// <summary>The fixed keys of the sample content (a key never changes once committed).</summary>
public static class SampleKeys
{
#pragma warning disable CS1591 // Each key belongs to the sample item, citation or block of the same name; README lists them.
    public static readonly Guid SiteRoot = new("e8f95ce8-32e3-40d7-b48e-4ff59f916424");
    public static readonly Guid PostsFolder = new("6c320ff2-4e8d-4048-a684-88e79607652e");
    public static readonly Guid PeopleFolder = new("24096931-ac4b-46b9-aa92-abc8aa9f8b78");
    public static readonly Guid ProgramsFolder = new("afe8d101-9e37-470b-a8a9-c4d6ba8743cd");
    public static readonly Guid ArchiveFolder = new("dd3fbfa9-0d12-450f-827c-c4b4bf75fb29");

    public static readonly Guid FailedDiplomacyPost = new("4946cbe8-c0e5-4982-8ec3-a9e47e464985");
    public static readonly Guid CharlesKraus = new("f35c8d42-5b96-49c8-9f31-20fafe30adfb");
    public static readonly Guid Happ = new("4bf34b2b-ffb9-4779-ad4b-7625c0980453");
    public static readonly Guid Nkidp = new("6d84e659-fb6c-4bf9-891d-3aaa3d1be7f1");
    public static readonly Guid Cwihp = new("d31799d6-8b9d-4eaa-b829-9a098f794089");

    public static readonly Guid MarshallSpeech = new("301f1718-d215-4b0c-887c-6104f2c3eb0a");
    public static readonly Guid VyshinskySpeech = new("1ab8eafd-f9b9-4497-a359-35ac2102eb42");
    public static readonly Guid UsDraftResolution = new("90c88c1b-5a67-47ab-95e4-568dad50f92b");
    public static readonly Guid SovietDraftResolution = new("188a046f-0bcd-4d69-b857-4353943efca2");

    public static readonly Guid CitesMarshallSpeech = new("8378b537-cdfa-447b-9391-08cd9f3b34d9");
    public static readonly Guid CitesVyshinskySpeech = new("109effbe-7bcb-461d-8e87-0663f757377f");
    public static readonly Guid CitesUsDraftResolution = new("e2d6d197-f1c8-4ee5-9fa7-648cff02c386");
    public static readonly Guid CitesSovietDraftResolution = new("8f10e33c-83a3-46a3-a990-baf9ded8e96e");

    public static readonly Guid HappAboutBlock = new("8323bddc-8d5c-4ac0-b804-99e9635d61a2");
    public static readonly Guid HappProjectsBlock = new("e50c5669-bffb-4358-9101-38bb1262dc04");
    public static readonly Guid HappLatestPostsBlock = new("ad4f835c-7258-4305-9217-117a81f2510f");
    public static readonly Guid HappPeopleBlock = new("75d3c062-5615-44af-a0c8-5a243a22153f");
    public static readonly Guid HappDocumentsBlock = new("8317fb91-c9d3-43f7-8973-bf3ab9ddab15");

    public static readonly Guid NehruLetter = new("bd05d3bf-3c1e-495c-9c9e-34db0e748ed2");
    public static readonly Guid KohlGuterresConversation = new("e05b8dab-45f1-4553-80bf-77b54002acb9");
    public static readonly Guid KohlNazarbayevConversation = new("6c9c1e83-3b5b-48b0-b1de-ccbf549db1b9");
    public static readonly Guid KohlKwasniewskiConversation = new("fc3b1cd1-e316-4738-aeff-09beb66ab75a");
    public static readonly Guid PushkovLetter = new("a38d6c08-2bf3-411c-a9ac-01f8ce9c56e4");
    public static readonly Guid SomogyiReport = new("70feccf3-8c4f-4c5e-99c2-b3c5cc6649c3");
#pragma warning restore CS1591

    /// <summary>The keys of the documents made from Digital Archive records: by record ID (the CSV's <c>record_id</c>, the RIS record's numeric address).</summary>
    public static IReadOnlyDictionary<string, Guid> ArchiveRecords { get; } = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        ["300653"] = NehruLetter,
        ["300241"] = KohlGuterresConversation,
        ["300239"] = KohlNazarbayevConversation,
        ["300237"] = KohlKwasniewskiConversation,
        ["280697"] = PushkovLetter,
        ["121893"] = SomogyiReport,
    };
}
