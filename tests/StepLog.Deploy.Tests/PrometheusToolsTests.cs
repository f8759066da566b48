namespace StepLog.Deploy.Tests;

/// <summary>A missing prometheus or promtool fails the tests that need it, with what to do; it never skips them.</summary>
public class PrometheusToolsTests
{
    [Fact]
    public void A_promtool_found_nowhere_is_an_error_that_says_how_to_install_it()
    {
        var empty = Directory.CreateTempSubdirectory("steplog-no-tools-").FullName;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() =>
                PrometheusTools.Find("promtool", "STEPLOG_PROMTOOL", name => name == "PATH" ? empty : null));

            Assert.Contains("promtool was not found", error.Message);
            Assert.Contains("STEPLOG_PROMTOOL", error.Message);
            Assert.Contains(".ci/prometheus.sh", error.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_variable_that_names_a_missing_file_is_an_error_that_names_the_variable_and_the_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            PrometheusTools.Find("prometheus", "STEPLOG_PROMETHEUS", name => name == "STEPLOG_PROMETHEUS" ? "/nonexistent/prometheus" : null));

        Assert.Equal("STEPLOG_PROMETHEUS names /nonexistent/prometheus, which does not exist. Point it at the prometheus binary, or unset it to use the one on PATH.", error.Message);
    }
}
