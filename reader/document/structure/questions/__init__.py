"""An interview's questions and answers (``questions.find_questions`` is the entry point): the
form the questions are marked in ("Q:", bold, numbers, dashes, nothing but "?"), the checks
that plain questions really make an interview, prompts without "?", and the pages whose
questions are not put to a guest (guides, quizzes, how-tos, questions a reader should ask)."""
