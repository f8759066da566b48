using StepLog;

namespace Cases;

// ...but an error in a declaration stops csc before it runs any analyzer: the secret is reported only once the
// error is fixed. The rule pages say so.
public partial class Login
{
    public UnknownSession? Session { get; set; } // expect: error CS0246

    [Operation("Login")]
    public partial bool SignIn([Log] string user, [Log] string password);

    private bool SignInCore(string user, string password) => user.Length + password.Length > 0;
}
