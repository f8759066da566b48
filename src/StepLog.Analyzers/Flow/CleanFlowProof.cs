using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Proves, without building a control flow graph, that the flow rules find nothing in a body — the common case, and
/// building the graph is most of what the flow analyzer costs. It walks the statements in their nesting, carrying every
/// state the logger can be in, and answers true only when no state on any path could raise SL1001, SL1004 or SL1005.
/// Any doubt answers false, and the graph decides: non-using loggers (SL1002/SL1003), loops, switches, jumps, finally,
/// catch filters, lambdas, local functions, a logger used other than as the receiver of a statement's call, or an
/// argument with control flow. Its paths are a superset of the graph's (both branches of a constant condition, every
/// call that may throw), so "clean" here is clean there.
/// </summary>
internal sealed class CleanFlowProof
{
    private readonly TrackedLogger _logger;
    private readonly StepLoggerApi _api;

    // The catch states of the enclosing try statements with catch clauses, innermost last.
    private readonly List<HashSet<State>> _handlers = new();
    private bool _doubt;

    private CleanFlowProof(TrackedLogger logger, StepLoggerApi api)
    {
        _logger = logger;
        _api = api;
    }

    /// <summary>The step part of <see cref="LoggerFact"/>: all that SL1001, SL1004 and SL1005 look at.</summary>
    private readonly struct State : System.IEquatable<State>
    {
        public State(StepPhase stepPhase, int number, bool exceptional)
        {
            StepPhase = stepPhase;
            Number = number;
            Exceptional = exceptional;
        }

        public StepPhase StepPhase { get; }

        public int Number { get; }

        public bool Exceptional { get; }

        public bool Equals(State other) => StepPhase == other.StepPhase && Number == other.Number && Exceptional == other.Exceptional;

        public override bool Equals(object? obj) => obj is State other && Equals(other);

        public override int GetHashCode() => ((int)StepPhase * 397 ^ Number) * 2 + (Exceptional ? 1 : 0);
    }

    public static bool IsClean(IOperation root, IEnumerable<TrackedLogger> loggers, StepLoggerApi api)
    {
        if (root is not IMethodBodyOperation { BlockBody: { } body, ExpressionBody: null })
        {
            return false;
        }

        foreach (var node in root.Descendants())
        {
            if (node is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        foreach (var logger in loggers)
        {
            if (!logger.IsUsing)
            {
                return false;
            }

            var proof = new CleanFlowProof(logger, api);
            var end = proof.Statement(body, new HashSet<State>());
            proof.Exit(end);
            if (proof._doubt)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The states after <paramref name="operation"/> completes normally, from those before it.</summary>
    private HashSet<State> Statement(IOperation operation, HashSet<State> states)
    {
        if (_doubt)
        {
            return states;
        }

        switch (operation)
        {
            case IBlockOperation block:
                foreach (var statement in block.Operations)
                {
                    states = Statement(statement, states);
                }

                return states;

            case IUsingDeclarationOperation usingDeclaration when Declares(usingDeclaration.DeclarationGroup):
                // Its implicit finally only disposes the logger: no rule looks at that, and it does not throw.
                return Created(usingDeclaration.DeclarationGroup);

            case IUsingOperation { Resources: IVariableDeclarationGroupOperation group } usingStatement when Declares(group):
                return Statement(usingStatement.Body, Created(group));

            case IExpressionStatementOperation { Operation: IInvocationOperation call } when IsOwnCall(call):
                return Call(call, states);

            case IConditionalOperation conditional when conditional.WhenTrue is not null && !IsExpression(conditional):
                Evaluate(conditional.Condition, states);
                var whenTrue = Statement(conditional.WhenTrue, new HashSet<State>(states));
                if (conditional.WhenFalse is { } whenFalse)
                {
                    states = Statement(whenFalse, states);
                }

                states.UnionWith(whenTrue);
                return states;

            case ITryOperation { Finally: null } tryOperation when tryOperation.Catches.Length > 0:
                return Try(tryOperation, states);

            case IReturnOperation { Kind: OperationKind.Return } returnOperation:
                if (returnOperation.ReturnedValue is { } value)
                {
                    Evaluate(value, states);
                }

                Exit(states);
                return new HashSet<State>();

            case IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation }:
                var throwOperation = operation as IThrowOperation ?? (IThrowOperation)((IExpressionStatementOperation)operation).Operation;
                if (throwOperation.Exception is { } exception)
                {
                    Evaluate(exception, states);
                }

                Throw(states, explicitThrow: true);
                return new HashSet<State>();

            case IVariableDeclarationGroupOperation:
            case IExpressionStatementOperation:
            case IEmptyOperation:
                Evaluate(operation, states);
                return states;

            default:
                _doubt = true;
                return states;
        }
    }

    /// <summary>Catch handlers start from every state at a point in the try block that may throw.</summary>
    private HashSet<State> Try(ITryOperation tryOperation, HashSet<State> states)
    {
        var caught = new HashSet<State>();
        _handlers.Add(caught);
        var after = Statement(tryOperation.Body, states);
        _handlers.RemoveAt(_handlers.Count - 1);

        foreach (var clause in tryOperation.Catches)
        {
            if (clause.Filter is not null)
            {
                _doubt = true;
                return after;
            }

            after.UnionWith(Statement(clause.Handler, new HashSet<State>(caught)));
        }

        return after;
    }

    /// <summary>An operation that does not touch the logger: only whether it may throw matters.</summary>
    private void Evaluate(IOperation operation, HashSet<State> states)
    {
        var explicitThrow = false;
        foreach (var node in operation.DescendantsAndSelf())
        {
            if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, _logger.Local))
            {
                _doubt = true; // a use the proof does not follow
                return;
            }

            explicitThrow |= node is IThrowOperation;
        }

        if (explicitThrow || _api.MayThrow(operation))
        {
            Throw(states, explicitThrow);
        }
    }

    private void Throw(HashSet<State> states, bool explicitThrow)
    {
        if (_handlers.Count > 0)
        {
            foreach (var state in states)
            {
                _handlers[_handlers.Count - 1].Add(new State(state.StepPhase, state.Number, exceptional: true));
            }
        }
        else if (explicitThrow)
        {
            Exit(states); // a throw that leaves the function is an exit for SL1001
        }
    }

    private void Exit(HashSet<State> states)
    {
        foreach (var state in states)
        {
            _doubt |= state.StepPhase == StepPhase.InStep;
        }
    }

    private HashSet<State> Call(IInvocationOperation call, HashSet<State> states)
    {
        foreach (var argument in call.Arguments)
        {
            if (!IsPlainValue(argument.Value))
            {
                _doubt = true; // its evaluation may be split from the call, with control flow of its own
                return states;
            }
        }

        var kind = _api.Classify(call.TargetMethod);
        var number = kind == LoggerCallKind.Step && StepLoggerApi.ConstantArgument(call, "number") is int n ? n : -1;
        var next = new HashSet<State>();
        foreach (var state in states)
        {
            switch (kind)
            {
                case LoggerCallKind.Step:
                    _doubt |= state.StepPhase == StepPhase.InStep ||
                        (number > 0 && _logger.TotalSteps > 0 && number > _logger.TotalSteps) ||
                        (number > 0 && state.Number > 0 && number != state.Number + 1);
                    next.Add(new State(StepPhase.InStep, number, false));
                    break;
                case LoggerCallKind.Success:
                case LoggerCallKind.Failure:
                case LoggerCallKind.Skip:
                    _doubt |= !state.Exceptional && state.StepPhase != StepPhase.InStep;
                    next.Add(new State(StepPhase.StepEnded, state.Number, state.Exceptional));
                    break;
                case LoggerCallKind.Complete:
                    _doubt |= state.StepPhase == StepPhase.InStep;
                    next.Add(state);
                    break;
                default:
                    next.Add(state);
                    break;
            }
        }

        return next;
    }

    private bool Declares(IVariableDeclarationGroupOperation group)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, _logger.Local))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The logger's declaration: a fresh operation (its initializer, creating the logger, does not throw).</summary>
    private HashSet<State> Created(IVariableDeclarationGroupOperation group)
    {
        if (group.Declarations.Length != 1 || group.Declarations[0].Declarators.Length != 1)
        {
            _doubt = true;
        }

        return new HashSet<State> { new(StepPhase.None, 0, false) };
    }

    private bool IsOwnCall(IInvocationOperation call) =>
        StepLoggerApi.Unwrap(call.Instance) is ILocalReferenceOperation receiver &&
        SymbolEqualityComparer.Default.Equals(receiver.Local, _logger.Local);

    private static bool IsExpression(IConditionalOperation conditional) => conditional.Type is not null && conditional.Type.SpecialType != SpecialType.System_Void;

    /// <summary>An argument the graph keeps inside the call: no branches, no awaits, no throw.</summary>
    private static bool IsPlainValue(IOperation value)
    {
        foreach (var node in value.DescendantsAndSelf())
        {
            switch (node)
            {
                case IConversionOperation:
                case ILiteralOperation:
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IFieldReferenceOperation:
                case IInstanceReferenceOperation:
                case IPropertyReferenceOperation:
                case ITupleOperation:
                case IDefaultValueOperation:
                case INameOfOperation:
                case IInterpolatedStringOperation:
                case IInterpolatedStringTextOperation:
                case IInterpolationOperation:
                case IUnaryOperation:
                case IBinaryOperation { OperatorKind: not (BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr) }:
                case IInvocationOperation:
                case IObjectCreationOperation:
                case IArgumentOperation:
                case IArrayCreationOperation:
                case IArrayInitializerOperation:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
