namespace DocGen.Templates.Tests.Corpus;

/// <summary>The editors officials use; each writes its packages its own way.</summary>
public enum WordFlavour
{
    /// <summary>Word for Windows: word/document.xml, rsids, w14 paragraph ids, _GoBack, mc:AlternateContent.</summary>
    Word,

    /// <summary>Word for the web / Office 365: the main part is word/document2.xml, targets absolute, relationship ids hashed.</summary>
    WordWeb,

    /// <summary>WPS Office: East Asian font hints, a custom properties part with the KSO build, no paragraph ids.</summary>
    Wps,

    /// <summary>LibreOffice Writer: no rsids or paragraph ids, its own relationship order and part names.</summary>
    LibreOffice,
}
