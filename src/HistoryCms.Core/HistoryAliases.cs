namespace HistoryCms.Core;

/// <summary>
/// Every alias the package defines, written once. The backoffice client has its own copy
/// (<c>src/HistoryCms.Backoffice/src/constants.ts</c>) and a test proves the two agree.
/// </summary>
public static class HistoryAliases
{
    /// <summary>The package id (also the App_Plugins folder name).</summary>
    public const string Package = "HistoryCms";

    /// <summary>Server-side property editor (schema) aliases.</summary>
    public static class Editors
    {
        /// <summary>The Document Citations editor.</summary>
        public const string DocumentCitations = "HistoryCms.DocumentCitations";

        /// <summary>The Program Blocks editor.</summary>
        public const string ProgramBlocks = "HistoryCms.ProgramBlocks";
    }

    /// <summary>Client-side property editor UI aliases.</summary>
    public static class EditorUis
    {
        /// <summary>The Document Citations editor UI.</summary>
        public const string DocumentCitations = "HistoryCms.PropertyEditorUi.DocumentCitations";

        /// <summary>The Program Blocks editor UI.</summary>
        public const string ProgramBlocks = "HistoryCms.PropertyEditorUi.ProgramBlocks";
    }

    /// <summary>Document type aliases.</summary>
    public static class ContentTypes
    {
        /// <summary>Site root (container).</summary>
        public const string SiteRoot = "historySiteRoot";

        /// <summary>Posts folder (container).</summary>
        public const string PostsFolder = "historyPostsFolder";

        /// <summary>People folder (container).</summary>
        public const string PeopleFolder = "historyPeopleFolder";

        /// <summary>Programs folder (container).</summary>
        public const string ProgramsFolder = "historyProgramsFolder";

        /// <summary>Archive folder (container).</summary>
        public const string ArchiveFolder = "historyArchiveFolder";

        /// <summary>Blog post.</summary>
        public const string BlogPost = "historyBlogPost";

        /// <summary>Author.</summary>
        public const string Author = "historyAuthor";

        /// <summary>Program (a child program is a project of its parent).</summary>
        public const string Program = "historyProgram";

        /// <summary>Translated archival document.</summary>
        public const string ArchivalDocument = "historyArchivalDocument";

        /// <summary>Composition: the programs an item belongs to.</summary>
        public const string ProgramAffiliation = "historyProgramAffiliation";
    }

    /// <summary>Property aliases.</summary>
    public static class Properties
    {
#pragma warning disable CS1591 // Each constant is the alias of the property of the same name; HistoryContentModel (ContentModel/HistoryContentModel.cs) defines them.
        public const string Standfirst = "standfirst";
        public const string HeroImage = "heroImage";
        public const string HeroCaption = "heroCaption";
        public const string HeroCredit = "heroCredit";
        public const string Body = "body";
        public const string Authors = "authors";
        public const string Programs = "programs";
        public const string Citations = "citations";
        public const string Topics = "topics";
        public const string Places = "places";
        public const string PublishDate = "publishDate";
        public const string RelatedPosts = "relatedPosts";

        public const string JobTitle = "jobTitle";
        public const string Affiliation = "affiliation";
        public const string Photo = "photo";
        public const string ShortBio = "shortBio";
        public const string LongBio = "longBio";
        public const string Links = "links";
        public const string Email = "email";

        public const string ShortDescription = "shortDescription";
        public const string Logo = "logo";
        public const string Staff = "staff";
        public const string Blocks = "blocks";
        public const string CollectionName = "collectionName";
        public const string Contact = "contact";

        public const string OriginalTitle = "originalTitle";
        public const string RomanizedTitle = "romanizedTitle";
        public const string DocumentDate = "documentDate";
        public const string Genre = "documentType";
        public const string Summary = "summary";
        public const string Translation = "translation";
        public const string OriginalLanguages = "originalLanguages";
        public const string Translators = "translators";
        public const string Contributors = "contributors";
        public const string ObtainedBy = "obtainedBy";
        public const string Source = "source";
        public const string Repository = "repository";
        public const string Classification = "classification";
        public const string OfficialNumber = "officialNumber";
        public const string Subjects = "subjects";
        public const string People = "people";
        public const string RecordId = "recordId";
        public const string Rights = "rights";
        public const string Scans = "scans";
        public const string RelatedDocuments = "relatedDocuments";
        public const string DocumentAuthors = "documentAuthors";
        public const string Participants = "participants";
        public const string FundingCredit = "fundingCredit";
        public const string Donors = "donors";
        public const string OriginalUploadDate = "originalUploadDate";
        public const string ArchiveUrl = "archiveUrl";

        public const string Introduction = "introduction";
#pragma warning restore CS1591
    }

    /// <summary>Relation type aliases.</summary>
    public static class RelationTypes
    {
        /// <summary>Post → author.</summary>
        public const string PostAuthor = "historyPostAuthor";

        /// <summary>Post (or document) → program.</summary>
        public const string InProgram = "historyInProgram";

        /// <summary>Post → cited archival document (automatic, from the citations value).</summary>
        public const string PostCitesDocument = "historyPostCitesDocument";

        /// <summary>Document → related document.</summary>
        public const string RelatedDocument = "historyRelatedDocument";

        /// <summary>Program → staff member (author).</summary>
        public const string ProgramStaff = "historyProgramStaff";
    }
}
