namespace Entente.Cameo;

/// <summary>GDELT's four-way grouping of CAMEO roots: 01–05, 06–08, 09–13, 14–20.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
