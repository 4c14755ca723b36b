#include <stdio.h>
#include <stdlib.h>

struct tree { int key; struct tree *left, *right; };

static struct tree *insert(struct tree *t, int key)
{
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t)
            exit(1);
        t->key = key;
        return t;
    }
    if (key < t->key)
        t->left = insert(t->left, key);
    else
        t->right = insert(t->right, key);
    return t;
}

static void inorder(const struct tree *t)
{
    if (!t)
        return;
    inorder(t->left);
    printf("%d ", t->key);
    inorder(t->right);
}

static int depth(const struct tree *t)
{
    if (!t)
        return 0;
    int l = depth(t->left), r = depth(t->right);
    return 1 + (l > r ? l : r);
}

static void destroy(struct tree *t)
{
    if (!t)
        return;
    destroy(t->left);
    destroy(t->right);
    free(t);
}

int main(void)
{
    int keys[] = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
    struct tree *t = NULL;
    for (int i = 0; i < 10; i++)
        t = insert(t, keys[i]);
    inorder(t);
    printf("\ndepth %d\n", depth(t));
    destroy(t);
    return 0;
}
