using StepLog;

namespace Cases;

// The password would be written in clear text on the START line.
public partial class Login
{
    [Operation("Login")]
    public partial bool SignIn([Log] string user, [Log] string password); // expect: warning SL0008

    [Step(1, "Check credentials")]
    private partial bool Check([Log("api_key")] string value); // expect: warning SL0008

    private bool SignInCore(string user, string password) => Check(user + password);

    private bool CheckCore(string value) => value.Length > 0;
}
