namespace HistoryCms.Core.Tests.ContentModel;

/// <summary>Keys as released in schema version 1, copied here on purpose: the model must never change them.</summary>
internal static class ReleasedKeys
{
    public static readonly Guid BlogPost = new("e85b610c-3101-59bc-8c1a-9f21aa3b5bc1");
    public static readonly Guid ArchivalDocument = new("ae0613b4-af1d-5af8-a406-3cdacafce219");
    public static readonly Guid Citations = new("515702c1-1588-55b5-b574-54e3c03c8706");
    public static readonly Guid ProgramBlocks = new("ad83931d-0105-5d77-92a4-d31830e20a6e");
}
