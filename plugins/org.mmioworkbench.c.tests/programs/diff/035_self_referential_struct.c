#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

int main(void)
{
    struct node *head = NULL;
    for (int i = 1; i <= 5; i++) {
        struct node *n = malloc(sizeof *n);
        if (!n)
            return 1;
        n->value = i * i;
        n->next = head;
        head = n;
    }
    for (struct node *n = head; n; n = n->next)
        printf("%d ", n->value);
    printf("\n");
    while (head) {
        struct node *next = head->next;
        free(head);
        head = next;
    }
    return 0;
}
