using A = HistoryCms.Core.HistoryAliases;
using P = HistoryCms.Core.HistoryAliases.Properties;

namespace HistoryCms.Core.ContentModel;

/// <summary>
/// The content model as code: the one source of truth for the package's data types, document types
/// and relation types. The Umbraco schema installer and the uSync export are both generated from it.
/// Keys never change once released; a newer model may add types and properties but never removes or
/// retypes them (content is never lost by an upgrade).
/// </summary>
public static class HistoryContentModel
{
    /// <summary>
    /// Version of the model. Bump it with every released change; the installer also compares a fingerprint
    /// of the whole model, so an unbumped change is still applied.
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>Stable keys of the data types.</summary>
    public static class DataTypeKeys
    {
#pragma warning disable CS1591 // Each key belongs to the data type of the same name below.
        public static readonly Guid Text = new("ed521a0f-c4ba-56ef-bb25-5f749b88e28c");
        public static readonly Guid Textarea = new("653f913d-6703-50d9-8227-80f4eff3cb4d");
        public static readonly Guid BodyRichText = new("0056d151-e2eb-5386-8bea-c329127adf67");
        public static readonly Guid RichText = new("530aa44d-1c03-5735-82c2-e0c06548f33a");
        public static readonly Guid AuthorPicker = new("794e0d61-75e5-57a5-bd35-c1345bf526fe");
        public static readonly Guid ProgramPicker = new("c886c8e3-7d6f-5085-8444-4188fe310451");
        public static readonly Guid SingleProgramPicker = new("6e976c01-847c-58dd-b590-6e6c55fd2c56");
        public static readonly Guid PostPicker = new("19460be5-ec5e-5748-be61-c38bfecd8a45");
        public static readonly Guid DocumentPicker = new("9c94acd7-db2e-5085-ad3d-896e519ec825");
        public static readonly Guid Image = new("2b2aadfa-1bce-5fad-94c3-2b091ed8b629");
        public static readonly Guid Scans = new("c381de97-cf06-58f5-b2fb-8458bab1731b");
        public static readonly Guid Topics = new("10007a10-504b-552b-86eb-7ce1012257bc");
        public static readonly Guid Places = new("755f5056-f842-56c8-88b6-5532d39bdf2e");
        public static readonly Guid Subjects = new("a3577243-f481-512a-bb35-15056ed89015");
        public static readonly Guid Date = new("623597cd-4c69-5d0b-b20b-deb9961304ea");
        public static readonly Guid PartialDate = new("84668648-0721-54c0-827e-3f4cf409ee2c");
        public static readonly Guid Genre = new("1740e0e8-7332-55b2-8553-3d5ecf0eabf3");
        public static readonly Guid Languages = new("3ff58640-522f-5eef-b5b8-4a0908bada0c");
        public static readonly Guid Names = new("384b6306-deae-54f5-af3d-869e466c7870");
        public static readonly Guid Links = new("f2235c3e-ecaf-50ef-aa2f-bfde4c0141a4");
        public static readonly Guid Email = new("b1956f5b-f7aa-5883-811a-4bfc3a62f17c");
        public static readonly Guid Collection = new("66f91096-2882-5a60-80be-44ce50a9ff22");
        public static readonly Guid Citations = new("515702c1-1588-55b5-b574-54e3c03c8706");
        public static readonly Guid ProgramBlocks = new("ad83931d-0105-5d77-92a4-d31830e20a6e");
#pragma warning restore CS1591
    }

    /// <summary>Stable keys of the document types.</summary>
    public static class ContentTypeKeys
    {
#pragma warning disable CS1591 // Each key belongs to the document type of the same name in HistoryAliases.ContentTypes.
        public static readonly Guid SiteRoot = new("f57baa12-9672-5e6d-9a77-175f21978397");
        public static readonly Guid PostsFolder = new("fe23c52e-15ee-571d-ad73-d595b622565a");
        public static readonly Guid PeopleFolder = new("5f68bb0f-f99f-53db-b0a1-cb3f8da02c4e");
        public static readonly Guid ProgramsFolder = new("263b10f8-1e3d-5dad-a522-57ecf0029f5d");
        public static readonly Guid ArchiveFolder = new("e9afa91d-6a48-5d88-a44d-3e8f2ceb7dbb");
        public static readonly Guid BlogPost = new("e85b610c-3101-59bc-8c1a-9f21aa3b5bc1");
        public static readonly Guid Author = new("d9da283b-9120-5bf4-aed1-ee743bc26b61");
        public static readonly Guid Program = new("3df4cef1-6998-5159-a07e-3aa4c3a2047c");
        public static readonly Guid ArchivalDocument = new("ae0613b4-af1d-5af8-a406-3cdacafce219");
        public static readonly Guid ProgramAffiliation = new("fb8a1d13-c364-5c42-9e64-5e31f98ac59d");
#pragma warning restore CS1591
    }

    /// <summary>What the archive URL property accepts: an absolute http or https address without spaces (Umbraco checks it only when a value is entered).</summary>
    public const string ArchiveUrlPattern = @"^https?://[^\s/?#]+[^\s]*$";

    private static readonly string[] GenreOptions =
    [
        "Letter", "Memorandum", "Memorandum of Conversation", "Cable", "Telegram", "Report", "Minutes",
        "Journal/Diary", "Speech", "Resolution", "Draft Resolution", "Note", "Directive", "Decree",
        "Transcript", "Interview", "Statement", "Treaty/Agreement", "Other",
    ];

    private static readonly string[] LanguageOptions =
    [
        "ar", "be", "bg", "cs", "de", "en", "es", "et", "fa", "fi", "fr", "he", "hi", "hr", "hu", "hy", "it", "ja",
        "ka", "kk", "ko", "lt", "lv", "mn", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "tr", "uk",
        "uz", "vi", "zh",
    ];

    /// <summary>The data types, in the order the installer creates them.</summary>
    public static IReadOnlyList<DataTypeDefinition> DataTypes { get; } =
    [
        new(DataTypeKeys.Text, "History - Text", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", ValueTypeNames.ShortText,
            new Dictionary<string, object> { ["maxChars"] = 512 }),
        new(DataTypeKeys.Textarea, "History - Textarea", "Umbraco.TextArea", "Umb.PropertyEditorUi.TextArea", ValueTypeNames.Text,
            new Dictionary<string, object> { ["rows"] = 4 }),
        new(DataTypeKeys.BodyRichText, "History - Post body", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap", ValueTypeNames.Text,
            RichTextConfiguration(withCitations: true)),
        new(DataTypeKeys.RichText, "History - Rich text", "Umbraco.RichText", "Umb.PropertyEditorUi.Tiptap", ValueTypeNames.Text,
            RichTextConfiguration(withCitations: false)),
        new(DataTypeKeys.AuthorPicker, "History - Author picker", "Umbraco.MultiNodeTreePicker", "Umb.PropertyEditorUi.ContentPicker", ValueTypeNames.Text,
            PickerConfiguration(ContentTypeKeys.Author, max: 0)),
        new(DataTypeKeys.ProgramPicker, "History - Program picker", "Umbraco.MultiNodeTreePicker", "Umb.PropertyEditorUi.ContentPicker", ValueTypeNames.Text,
            PickerConfiguration(ContentTypeKeys.Program, max: 0)),
        new(DataTypeKeys.SingleProgramPicker, "History - Single program picker", "Umbraco.MultiNodeTreePicker", "Umb.PropertyEditorUi.ContentPicker", ValueTypeNames.Text,
            PickerConfiguration(ContentTypeKeys.Program, max: 1)),
        new(DataTypeKeys.PostPicker, "History - Post picker", "Umbraco.MultiNodeTreePicker", "Umb.PropertyEditorUi.ContentPicker", ValueTypeNames.Text,
            PickerConfiguration(ContentTypeKeys.BlogPost, max: 0)),
        new(DataTypeKeys.DocumentPicker, "History - Archival document picker", "Umbraco.MultiNodeTreePicker", "Umb.PropertyEditorUi.ContentPicker", ValueTypeNames.Text,
            PickerConfiguration(ContentTypeKeys.ArchivalDocument, max: 0)),
        new(DataTypeKeys.Image, "History - Image", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", ValueTypeNames.Json,
            new Dictionary<string, object> { ["multiple"] = false, ["enableLocalFocalPoint"] = true, ["validationLimit"] = new Dictionary<string, object> { ["min"] = 0, ["max"] = 1 } }),
        new(DataTypeKeys.Scans, "History - Scans", "Umbraco.MediaPicker3", "Umb.PropertyEditorUi.MediaPicker", ValueTypeNames.Json,
            new Dictionary<string, object> { ["multiple"] = true, ["enableLocalFocalPoint"] = false }),
        new(DataTypeKeys.Topics, "History - Topics", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", ValueTypeNames.Json,
            new Dictionary<string, object> { ["group"] = "historyTopics", ["storageType"] = "Json" }),
        new(DataTypeKeys.Places, "History - Places", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", ValueTypeNames.Json,
            new Dictionary<string, object> { ["group"] = "historyPlaces", ["storageType"] = "Json" }),
        new(DataTypeKeys.Subjects, "History - Subjects", "Umbraco.Tags", "Umb.PropertyEditorUi.Tags", ValueTypeNames.Json,
            new Dictionary<string, object> { ["group"] = "historySubjects", ["storageType"] = "Json" }),
        new(DataTypeKeys.Date, "History - Date", "Umbraco.DateTime", "Umb.PropertyEditorUi.DatePicker", ValueTypeNames.DateTime,
            new Dictionary<string, object> { ["format"] = "YYYY-MM-DD" }),
        new(DataTypeKeys.PartialDate, "History - Partial date", "Umbraco.TextBox", "Umb.PropertyEditorUi.TextBox", ValueTypeNames.ShortText,
            new Dictionary<string, object> { ["maxChars"] = 64 }),
        new(DataTypeKeys.Genre, "History - Document type", "Umbraco.DropDown.Flexible", "Umb.PropertyEditorUi.Dropdown", ValueTypeNames.Json,
            new Dictionary<string, object> { ["multiple"] = false, ["items"] = GenreOptions }),
        new(DataTypeKeys.Languages, "History - Languages", "Umbraco.DropDown.Flexible", "Umb.PropertyEditorUi.Dropdown", ValueTypeNames.Json,
            new Dictionary<string, object> { ["multiple"] = true, ["items"] = LanguageOptions }),
        new(DataTypeKeys.Names, "History - Names", "Umbraco.MultipleTextstring", "Umb.PropertyEditorUi.MultipleTextString", ValueTypeNames.Text,
            new Dictionary<string, object> { ["min"] = 0, ["max"] = 0 }),
        new(DataTypeKeys.Links, "History - Links", "Umbraco.MultiUrlPicker", "Umb.PropertyEditorUi.MultiUrlPicker", ValueTypeNames.Json,
            new Dictionary<string, object> { ["minNumber"] = 0, ["maxNumber"] = 10 }),
        new(DataTypeKeys.Email, "History - Email", "Umbraco.EmailAddress", "Umb.PropertyEditorUi.EmailAddress", ValueTypeNames.ShortText,
            new Dictionary<string, object>()),
        new(DataTypeKeys.Collection, "History - Collection", "Umbraco.ListView", "Umb.PropertyEditorUi.Collection", ValueTypeNames.Json,
            new Dictionary<string, object>
            {
                ["pageSize"] = 50,
                ["orderBy"] = "updateDate",
                ["orderDirection"] = "desc",
                ["includeProperties"] = new object[]
                {
                    new Dictionary<string, object> { ["alias"] = "updateDate", ["header"] = "Last edited", ["isSystem"] = true },
                    new Dictionary<string, object> { ["alias"] = "creator", ["header"] = "Created by", ["isSystem"] = true },
                },
            }),
        new(DataTypeKeys.Citations, "History - Document citations", A.Editors.DocumentCitations, A.EditorUis.DocumentCitations, ValueTypeNames.Json,
            new Dictionary<string, object>
            {
                ["allowedDocumentTypes"] = new[] { A.ContentTypes.ArchivalDocument },
                ["minItems"] = 0,
                ["maxItems"] = 0,
                ["requireLocator"] = false,
            }),
        new(DataTypeKeys.ProgramBlocks, "History - Program blocks", A.Editors.ProgramBlocks, A.EditorUis.ProgramBlocks, ValueTypeNames.Json,
            new Dictionary<string, object> { ["allowedKinds"] = Array.Empty<string>(), ["minItems"] = 0, ["maxItems"] = 0 }),
    ];

    /// <summary>The document types, compositions first, then in dependency order.</summary>
    public static IReadOnlyList<ContentTypeDefinition> ContentTypes { get; } =
    [
        new(ContentTypeKeys.ProgramAffiliation, A.ContentTypes.ProgramAffiliation, "Program affiliation", "icon-sitemap",
            "Composition: the programs (or projects) an item belongs to.", AllowedAtRoot: false, IsComposition: true,
            Compositions: [],
            Containers: [Tab("8d9fd292-c438-5a63-a96b-e112d09d41ab", "relations", "Relations", 50), Group("c8e8ad1d-40fc-5d30-a640-0e0cb2e76281", "relations", "programs", "Programs", 0)],
            Properties:
            [
                new(new("c6ffbf51-d5fd-58cf-a09b-e7ac561ff0c0"), P.Programs, "Programs", "relations/programs", DataTypeKeys.ProgramPicker, 0,
                    "The programs or projects this item belongs to; it appears on their pages.", Mandatory: true,
                    MandatoryMessage: "Choose at least one program."),
            ],
            AllowedChildren: []),

        new(ContentTypeKeys.SiteRoot, A.ContentTypes.SiteRoot, "History site", "icon-home",
            "The root of a history program's site: posts, people, programs and the archive live beneath it.", AllowedAtRoot: true, IsComposition: false,
            Compositions: [],
            Containers: [Tab("f57b9ea1-3fc3-5909-ae31-210f9d044dcd", "content", "Content", 0), Group("99bf80a8-2fb9-577a-8d26-f0391cb37cb8", "content", "site", "Site", 0)],
            Properties:
            [
                new(new("44dd0de7-7c05-548b-9cca-49bdd7bb0d17"), P.Introduction, "Introduction", "content/site", DataTypeKeys.Textarea, 0,
                    "A short paragraph shown on the home page."),
                new(new("bd74d04e-4df5-5e02-9bb4-6a3409cfd711"), P.CollectionName, "Digital archive name", "content/site", DataTypeKeys.Text, 1,
                    "The archive name used in citations, e.g. \"Wilson Center\" gives \"Wilson Center Digital Archive\"."),
            ],
            AllowedChildren: [A.ContentTypes.PostsFolder, A.ContentTypes.PeopleFolder, A.ContentTypes.ProgramsFolder, A.ContentTypes.ArchiveFolder]),

        Folder(ContentTypeKeys.PostsFolder, A.ContentTypes.PostsFolder, "Posts", "icon-folder", "Holds the blog posts.", A.ContentTypes.BlogPost),
        Folder(ContentTypeKeys.PeopleFolder, A.ContentTypes.PeopleFolder, "People", "icon-users", "Holds the authors and staff.", A.ContentTypes.Author),
        Folder(ContentTypeKeys.ProgramsFolder, A.ContentTypes.ProgramsFolder, "Programs", "icon-sitemap", "Holds the programs; a program's projects are its children.", A.ContentTypes.Program),
        Folder(ContentTypeKeys.ArchiveFolder, A.ContentTypes.ArchiveFolder, "Archive", "icon-box", "Holds the translated archival documents.", A.ContentTypes.ArchivalDocument),

        new(ContentTypeKeys.Author, A.ContentTypes.Author, "Author", "icon-user",
            "A person who writes posts or works for a program. The node name is the person's name.", AllowedAtRoot: false, IsComposition: false,
            Compositions: [],
            Containers:
            [
                Tab("a9e0d5f4-e6b6-517f-beb3-0338409ba35e", "profile", "Profile", 0),
                Group("b46ec7b8-909b-5158-82b6-92f8ae6f87a2", "profile", "about", "About", 0),
                Group("b1312e53-3543-587c-ac04-c5a1208de478", "profile", "contact", "Contact", 1),
            ],
            Properties:
            [
                new(new("e36292b1-1d0a-557f-932e-5a52573571e8"), P.JobTitle, "Job title", "profile/about", DataTypeKeys.Text, 0,
                    "As printed under the name, e.g. \"Deputy Director, History and Public Policy Program\"."),
                new(new("32264c61-cb67-5b44-87f7-24e831b49884"), P.Affiliation, "Affiliation", "profile/about", DataTypeKeys.SingleProgramPicker, 1,
                    "The program the person belongs to."),
                new(new("7e9312ff-2bfb-55e6-90a9-e21c24db63e9"), P.Photo, "Photo", "profile/about", DataTypeKeys.Image, 2, "A portrait; its alternative text is the person's name."),
                new(new("b8945f28-38f2-5c86-bd43-87a57d49c693"), P.ShortBio, "Short bio", "profile/about", DataTypeKeys.Textarea, 3, "One or two sentences shown under posts."),
                new(new("9947e016-d2d8-5f36-8206-dc16429fcabd"), P.LongBio, "Long bio", "profile/about", DataTypeKeys.RichText, 4, "Shown on the person's page."),
                new(new("fa04ae1d-4c30-56bd-a3af-34416657a5d3"), P.Links, "Links", "profile/contact", DataTypeKeys.Links, 0, "ORCID, personal site, social profiles."),
                new(new("959b35e9-b36c-52ca-8a80-aae451044f08"), P.Email, "Email", "profile/contact", DataTypeKeys.Email, 1,
                    "Optional. Never exposed by the delivery API unless a site opts in."),
            ],
            AllowedChildren: []),

        new(ContentTypeKeys.Program, A.ContentTypes.Program, "Program", "icon-sitemap",
            "A research program; a program created beneath another is one of its projects.", AllowedAtRoot: false, IsComposition: false,
            Compositions: [],
            Containers:
            [
                Tab("c6b11dbb-5ac1-5972-8219-7b15a2a0527f", "content", "Content", 0),
                Group("6c8c304e-e3a0-5f9b-a1bb-546dc786aa1a", "content", "about", "About", 0),
                Group("4395b3fc-eeaf-521a-b793-0f57b741d557", "content", "page", "Page", 1),
                Tab("366d2e16-48fd-5107-a1e8-6e89692dc858", "people", "People", 10),
                Group("a00f86c7-7edc-58ae-b7c4-cbc0a2c51eb6", "people", "staff", "Staff", 0),
            ],
            Properties:
            [
                new(new("ff3430c8-002c-536a-8bf8-fac6849accaf"), P.ShortDescription, "Short description", "content/about", DataTypeKeys.Textarea, 0,
                    "The \"about\" text shown in footers and \"Read more\" cards.", Mandatory: true,
                    MandatoryMessage: "Write the short description that cards and footers show."),
                new(new("f486d5a8-9dfb-5217-a164-667fc62a0b18"), P.Logo, "Logo", "content/about", DataTypeKeys.Image, 1),
                new(new("a5f0e3f6-6763-5a03-9fb3-5afd0a1e9034"), P.CollectionName, "Digital archive collection", "content/about", DataTypeKeys.Text, 2,
                    "The collection name of this program's documents in the digital archive."),
                new(new("a66582a0-d7cd-52d0-b290-eba32878e542"), P.Contact, "Contact email", "content/about", DataTypeKeys.Email, 3),
                new(new("779b2065-8487-5e1d-b2d2-89dbb4cd4133"), P.Blocks, "Page blocks", "content/page", DataTypeKeys.ProgramBlocks, 0,
                    "Compose the program page from blocks: text, featured documents, latest posts, project promos, people, calls to action."),
                new(new("f6c8338d-5273-5f91-bb36-d97ceb13168a"), P.Staff, "Staff", "people/staff", DataTypeKeys.AuthorPicker, 0,
                    "People of the program; their job title is shown as their role."),
            ],
            AllowedChildren: [A.ContentTypes.Program]),

        new(ContentTypeKeys.ArchivalDocument, A.ContentTypes.ArchivalDocument, "Archival document", "icon-script",
            "A translated archival document. The node name is its English title.", AllowedAtRoot: false, IsComposition: false,
            Compositions: [A.ContentTypes.ProgramAffiliation],
            Containers:
            [
                Tab("1f319ad2-1304-59bd-8a8c-b5864f025501", "document", "Document", 0),
                Group("7a58229a-31aa-55c7-bf78-36a21eb25e84", "document", "description", "Description", 0),
                Group("b262d9c2-cd9b-55dc-b7ff-1d3b8cc60e5c", "document", "text", "Text", 1),
                Tab("de747df9-2f04-5852-a3a5-0f3c2896ed5e", "archive", "Archive", 10),
                Group("b9525b42-8888-5ddf-b420-06dddb4572ce", "archive", "reference", "Reference", 0),
                Group("25a4c319-ac10-58a4-86ad-533c3ccb3f79", "archive", "credits", "Credits", 1),
                Tab("0dacded9-c724-59e7-be3f-76c017c6f145", "index", "Index terms", 20),
                Group("c7062f36-0c1e-5fb7-8d14-1d374d88a1ad", "index", "terms", "Terms", 0),
            ],
            Properties:
            [
                new(new("7fa58def-e25f-5f52-a1c8-388d7086c333"), P.OriginalTitle, "Original-language title", "document/description", DataTypeKeys.Text, 0,
                    "The title in the original language and script."),
                new(new("69e149cf-868c-5762-8eb4-2c0f08fb7397"), P.RomanizedTitle, "Romanized title", "document/description", DataTypeKeys.Text, 1,
                    "The original title transliterated into Latin script, when the script is not Latin."),
                new(new("b2cfa4fe-2646-5138-8257-e84801663694"), P.DocumentDate, "Date", "document/description", DataTypeKeys.PartialDate, 2,
                    "As precise as the record allows: \"July 23, 1960\", \"November 1967\", \"1958\", \"c. 1950\", \"1945-1946\" or \"undated\". Stored as EDTF."),
                new(new("e46a7198-6fe4-535e-bc7b-49a4f59010b1"), P.Genre, "Document type", "document/description", DataTypeKeys.Genre, 3),
                new(new("89faf47b-d3b0-5625-8125-8ba56fe72b17"), P.Summary, "Summary", "document/description", DataTypeKeys.Textarea, 4),
                new(new("b37f01d6-4e08-59dd-b79a-23f7b424b74a"), P.OriginalLanguages, "Original languages", "document/description", DataTypeKeys.Languages, 5,
                    "ISO 639-1 codes of the languages the original is written in."),
                new(new("737c5aac-41f8-52d3-b996-a264a5658f20"), P.DocumentAuthors, "Authors", "document/description", DataTypeKeys.Names, 6,
                    "Who wrote the document, people or bodies, one per line as the archive lists them, e.g. \"Nehru, Jawaharlal\". Not the translators: they go under Archive > Credits."),
                new(new("efc74c11-860d-5d0f-9665-27a0b7b8f4f9"), P.Participants, "Participants", "document/description", DataTypeKeys.Names, 7,
                    "The people and organizations who took part in the event the document records (the two sides of a conversation, the delegations at a meeting), one per line, e.g. \"Kohl, Helmut\". Not whoever contributed the document to the archive: that credit is part of the Source."),
                new(new("2533a7cf-a964-5e2f-b354-1acb082a6e46"), P.Translation, "Translation or transcript", "document/text", DataTypeKeys.RichText, 0,
                    "The full text. Keep page markers such as [p. 2] where the original pages break."),
                new(new("f0150f81-f32b-57e7-bb24-bcb284a6ec85"), P.Source, "Source", "archive/reference", DataTypeKeys.Text, 0,
                    "The one-line archival reference as printed, e.g. \"RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.\" It is parsed into repository, fond, opis, delo, folios and credits."),
                new(new("e6cac1b5-d553-5c92-9b45-89bb3df1bfbc"), P.Repository, "Repository", "archive/reference", DataTypeKeys.Text, 1,
                    "The full name of the archive, when the Source gives only its abbreviation."),
                new(new("242c1471-786f-568c-ad25-066ae607b1d1"), P.Classification, "Original classification", "archive/reference", DataTypeKeys.Text, 2, "e.g. Secret, Top Secret."),
                new(new("88b69c1a-ed24-5a88-8ff5-d3afd86ee7d8"), P.OfficialNumber, "Official document number", "archive/reference", DataTypeKeys.Text, 3, "e.g. UN document A/C.1/218."),
                new(new("fed5f0f2-14b6-58f1-9fc3-27e4877fcd2a"), P.RecordId, "Record ID", "archive/reference", DataTypeKeys.Text, 4, "A stable external identifier of the record."),
                new(new("60ab0743-5ee7-5de1-a847-65c2715ccb48"), P.Rights, "Rights statement", "archive/reference", DataTypeKeys.Textarea, 5),
                new(new("01888471-1030-5f11-8d8b-a45a217a8523"), P.Scans, "Scans", "archive/reference", DataTypeKeys.Scans, 6),
                new(new("99f1a24b-1161-5cce-91e2-665654a092c1"), P.OriginalUploadDate, "Published on the Digital Archive", "archive/reference", DataTypeKeys.Date, 7,
                    "The day the record first appeared on the digital archive (its original upload date); not the document's own date."),
                new(new("576e388f-f0ab-5d26-9044-86df473d046d"), P.ArchiveUrl, "Digital Archive address", "archive/reference", DataTypeKeys.Text, 8,
                    "The full address of the record's page on the digital archive, e.g. https://digitalarchive.wilsoncenter.org/document/121893.",
                    ValidationRegex: ArchiveUrlPattern, ValidationRegexMessage: "Enter the full address of the record's page, starting with https:// or http://."),
                new(new("7873fdec-9e08-5fd3-b99d-da823c73ef63"), P.Translators, "Translated by", "archive/credits", DataTypeKeys.Names, 0,
                    "Leave empty to use the translators named in the Source."),
                new(new("e6d43185-5073-5e60-a7d2-1bca32d03edb"), P.Contributors, "Contributed by", "archive/credits", DataTypeKeys.Names, 1),
                new(new("e6ba856f-adec-5029-a59f-d239d40ca7bf"), P.ObtainedBy, "Obtained by", "archive/credits", DataTypeKeys.Names, 2),
                new(new("0bcd9269-5758-5759-b55c-5d5ae0c4270a"), P.FundingCredit, "Funding credit", "archive/credits", DataTypeKeys.Textarea, 3,
                    "The acknowledgement printed with the record, e.g. \"Document obtained and translated with support from ...\"."),
                new(new("18afb331-1c4f-5c44-b839-0680015147cf"), P.Donors, "Donors", "archive/credits", DataTypeKeys.Names, 4,
                    "Who gave the document to the archive, one per line."),
                new(new("f451b0fb-855e-5f1a-bc82-ec34f619b728"), P.Subjects, "Subjects", "index/terms", DataTypeKeys.Subjects, 0),
                new(new("a509438f-4612-5892-a5c2-f70689fc0089"), P.People, "People and organizations", "index/terms", DataTypeKeys.Names, 1,
                    "One per line: the preferred name first, then variants and romanizations separated by \" | \", e.g. \"Andrei Vyshinsky | Andrey Vyshinsky | Вышинский\"."),
                new(new("7386eb17-29d6-5d63-9bbf-00bc171273f0"), P.Places, "Places", "index/terms", DataTypeKeys.Places, 2),
                new(new("024018ae-b875-55f7-893b-90c274041295"), P.RelatedDocuments, "Related documents", "index/terms", DataTypeKeys.DocumentPicker, 3),
            ],
            AllowedChildren: []),

        new(ContentTypeKeys.BlogPost, A.ContentTypes.BlogPost, "Blog post", "icon-article",
            "A post of the program's blog. The node name is its title.", AllowedAtRoot: false, IsComposition: false,
            Compositions: [A.ContentTypes.ProgramAffiliation],
            Containers:
            [
                Tab("84fa390e-4738-566d-9d1b-e7dae60e279f", "content", "Content", 0),
                Group("9377d846-364f-5198-a3d6-6d97df0c4fef", "content", "intro", "Introduction", 0),
                Group("5072d32e-b837-54bd-ba1a-058c9e0ccad1", "content", "hero", "Hero image", 1),
                Group("22969103-4eb6-57fa-b3fe-11da6d75c0ce", "content", "body", "Body", 2),
                Tab("c1ccab4f-4509-5cd5-85b7-cd4c0db5f791", "citations", "Citations", 10),
                Group("d98a0fd6-ad36-5b1f-a88b-ddb5a3f83ea5", "citations", "documents", "Cited documents", 0),
                Tab("05a2ae56-de96-58c4-b465-04a944629897", "metadata", "Metadata", 20),
                Group("174b3b1f-3a35-5f57-88a8-8cd66112d6bc", "metadata", "credits", "Credits", 0),
                Group("c2c518d8-b307-56c7-9921-6d5e732f42a3", "metadata", "classification", "Classification", 1),
            ],
            Properties:
            [
                new(new("958fc665-2e8a-5082-b200-87d8a56e5bcc"), P.Standfirst, "Standfirst", "content/intro", DataTypeKeys.Textarea, 0,
                    "The summary under the title; also used in cards and search results."),
                new(new("709ee07c-8b92-5b58-973d-2f79ad5f1a84"), P.HeroImage, "Hero image", "content/hero", DataTypeKeys.Image, 0),
                new(new("55fcda5d-a37b-5303-adc3-b37ea98e41f2"), P.HeroCaption, "Caption", "content/hero", DataTypeKeys.Textarea, 1, "Also the image's alternative text when it has none."),
                new(new("f2968329-5971-5d17-b15d-10fafa1824ff"), P.HeroCredit, "Credit", "content/hero", DataTypeKeys.Text, 2),
                new(new("dde32bbe-b3a1-5bf5-bed4-20c40c831563"), P.Body, "Body", "content/body", DataTypeKeys.BodyRichText, 0,
                    "Use \"Cite\" in the toolbar to place a numbered note for one of the post's citations.", Mandatory: true,
                    MandatoryMessage: "The post needs a body."),
                new(new("2aa8edaa-90fc-5966-9d12-dd6dfc7076fa"), P.Citations, "Citations", "citations/documents", DataTypeKeys.Citations, 0,
                    "Archival documents the post cites, with the page or folio and the quoted words; numbered in the order the body cites them."),
                new(new("eb39e633-8546-5a24-b80b-08828272e65c"), P.Authors, "Authors", "metadata/credits", DataTypeKeys.AuthorPicker, 0,
                    "In byline order.", Mandatory: true, MandatoryMessage: "Choose at least one author."),
                new(new("ba137cce-1e3a-5926-a5fd-5fefc04d1362"), P.PublishDate, "Publish date", "metadata/credits", DataTypeKeys.Date, 1,
                    "The date printed on the post; leave empty to use the date it was first published."),
                new(new("19a0c602-860b-5b86-9e28-66538261c849"), P.Topics, "Topics", "metadata/classification", DataTypeKeys.Topics, 0),
                new(new("6822bf26-9954-5624-b8e1-2b3ea4a6765d"), P.Places, "Places", "metadata/classification", DataTypeKeys.Places, 1),
                new(new("fda4695e-eadb-5a9d-9a1b-ccebd62e5150"), P.RelatedPosts, "Related posts", "metadata/classification", DataTypeKeys.PostPicker, 2),
            ],
            AllowedChildren: []),
    ];

    /// <summary>The relation types.</summary>
    public static IReadOnlyList<RelationTypeDefinition> RelationTypes { get; } =
    [
        new(new("e2dcff27-1cab-5189-ba7d-4823ba585634"), A.RelationTypes.PostAuthor, "History: post by author", RelationObjectKind.Document, RelationObjectKind.Document,
            IsBidirectional: false, IsDependency: false, IsAutomatic: false, SourceProperty: P.Authors),
        new(new("f6884d33-8f8a-5e49-bbc1-49ba8033dff8"), A.RelationTypes.InProgram, "History: in program", RelationObjectKind.Document, RelationObjectKind.Document,
            IsBidirectional: false, IsDependency: false, IsAutomatic: false, SourceProperty: P.Programs),
        new(new("97984978-7fe3-5594-9fa7-c5d3081d5eea"), A.RelationTypes.PostCitesDocument, "History: post cites document", RelationObjectKind.Document, RelationObjectKind.Document,
            IsBidirectional: false, IsDependency: true, IsAutomatic: true, SourceProperty: P.Citations),
        new(new("f5389da9-4c5c-5f15-9a58-2c338c1c5a68"), A.RelationTypes.RelatedDocument, "History: related document", RelationObjectKind.Document, RelationObjectKind.Document,
            IsBidirectional: true, IsDependency: false, IsAutomatic: false, SourceProperty: P.RelatedDocuments),
        new(new("a0e274c5-169d-5320-b817-21ed6870db68"), A.RelationTypes.ProgramStaff, "History: program staff", RelationObjectKind.Document, RelationObjectKind.Document,
            IsBidirectional: false, IsDependency: false, IsAutomatic: false, SourceProperty: P.Staff),
    ];

    /// <summary>Finds a document type by alias.</summary>
    /// <param name="alias">The document type alias.</param>
    /// <returns>The definition, or <c>null</c> when the model has none.</returns>
    public static ContentTypeDefinition? FindContentType(string alias) =>
        ContentTypes.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.Ordinal));

    /// <summary>Finds a data type by key.</summary>
    /// <param name="key">The data type key.</param>
    /// <returns>The definition, or <c>null</c> when the model has none.</returns>
    public static DataTypeDefinition? FindDataType(Guid key) => DataTypes.FirstOrDefault(d => d.Key == key);

    /// <summary>All properties of a document type, its compositions' first.</summary>
    /// <param name="documentType">The document type.</param>
    /// <returns>The properties it carries.</returns>
    public static IEnumerable<PropertyDefinition> AllProperties(ContentTypeDefinition documentType)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        return documentType.Compositions
            .Select(FindContentType)
            .OfType<ContentTypeDefinition>()
            .SelectMany(c => c.Properties)
            .Concat(documentType.Properties);
    }

    private static PropertyContainerDefinition Tab(string key, string alias, string name, int sortOrder) =>
        new(new Guid(key), alias, name, ContainerKind.Tab, sortOrder);

    private static PropertyContainerDefinition Group(string key, string tab, string alias, string name, int sortOrder) =>
        new(new Guid(key), $"{tab}/{alias}", name, ContainerKind.Group, sortOrder, tab);

    private static ContentTypeDefinition Folder(Guid key, string alias, string name, string icon, string description, string child) =>
        new(key, alias, name, icon, description, AllowedAtRoot: false, IsComposition: false, Compositions: [], Containers: [], Properties: [],
            AllowedChildren: [child], IsListView: true);

    private static Dictionary<string, object> PickerConfiguration(Guid allowedType, int max) => new()
    {
        ["startNode"] = new Dictionary<string, object> { ["type"] = "content" },
        ["filter"] = allowedType.ToString("D"),
        ["minNumber"] = 0,
        ["maxNumber"] = max,
        ["ignoreUserStartNodes"] = false,
    };

    private static Dictionary<string, object> RichTextConfiguration(bool withCitations)
    {
        string[] extensions =
        [
            "Umb.Tiptap.RichTextEssentials", "Umb.Tiptap.Link", "Umb.Tiptap.Blockquote", "Umb.Tiptap.BulletList",
            "Umb.Tiptap.OrderedList", "Umb.Tiptap.Bold", "Umb.Tiptap.Italic", "Umb.Tiptap.Subscript", "Umb.Tiptap.Superscript",
        ];
        string[] toolbar =
        [
            "Umb.Tiptap.Toolbar.Bold", "Umb.Tiptap.Toolbar.Italic", "Umb.Tiptap.Toolbar.BulletList", "Umb.Tiptap.Toolbar.OrderedList",
            "Umb.Tiptap.Toolbar.Blockquote", "Umb.Tiptap.Toolbar.Link", "Umb.Tiptap.Toolbar.Unlink",
        ];
        if (withCitations)
        {
            extensions = [.. extensions, "HistoryCms.Tiptap.CitationMarker"];
            toolbar = [.. toolbar, "HistoryCms.Tiptap.Toolbar.Cite"];
        }

        return new Dictionary<string, object>
        {
            ["extensions"] = extensions,
            ["toolbar"] = new object[] { new object[] { toolbar } },
            ["maxImageSize"] = 500,
            ["overlaySize"] = "medium",
        };
    }
}
