// expect: exit=2 stderr~002_unterminated_comment.c:4:16: error: unterminated comment
int main(void)
{
    int x = 1; /* this comment never ends
    return x;
}
