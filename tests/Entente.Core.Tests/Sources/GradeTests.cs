using Entente.Sources;

namespace Entente.Core.Tests.Sources;

public sealed class GradeTests
{
    [Theory]
    [InlineData("B2", Reliability.B, 2)]
    [InlineData("f6", Reliability.F, 6)]
    public void A_grade_reads_as_a_letter_and_a_digit(string text, Reliability reliability, int credibility)
    {
        var grade = Grade.Parse(text);

        Assert.Equal((reliability, credibility), (grade.Reliability, grade.Credibility));
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("B7")]
    [InlineData("B0")]
    [InlineData("2B")]
    public void Grades_outside_the_Admiralty_scales_are_refused(string text)
    {
        Assert.False(Grade.TryParse(text, out _));
    }

    [Theory]
    [InlineData("A1", "B2", true)]
    [InlineData("B2", "B2", true)]
    [InlineData("A3", "B2", false)]
    [InlineData("C1", "B2", false)]
    public void A_grade_meets_a_minimum_only_when_both_scales_do(string grade, string minimum, bool meets)
    {
        Assert.Equal(meets, Grade.Parse(grade).Meets(Grade.Parse(minimum)));
    }
}
