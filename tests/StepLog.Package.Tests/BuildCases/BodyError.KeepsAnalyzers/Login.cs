using StepLog;

namespace Cases;

// What a build does: an error inside a method body leaves the analyzers running (the secret is still reported)...
public partial class Login
{
    [Operation("Login")]
    public partial bool SignIn([Log] string user, [Log] string password); // expect: warning SL0008

    private bool SignInCore(string user, string password)
    {
        int count = "not a number"; // expect: error CS0029
        return user.Length + password.Length > count;
    }
}
