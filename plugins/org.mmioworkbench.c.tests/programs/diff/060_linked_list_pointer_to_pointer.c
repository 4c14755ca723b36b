#include <stdio.h>
#include <stdlib.h>

struct item { int key; struct item *next; };

static void insert_sorted(struct item **head, int key)
{
    struct item **pp = head;
    while (*pp && (*pp)->key < key)
        pp = &(*pp)->next;
    struct item *n = malloc(sizeof *n);
    if (!n)
        exit(1);
    n->key = key;
    n->next = *pp;
    *pp = n;
}

static void remove_key(struct item **head, int key)
{
    for (struct item **pp = head; *pp; pp = &(*pp)->next) {
        if ((*pp)->key == key) {
            struct item *dead = *pp;
            *pp = dead->next;
            free(dead);
            return;
        }
    }
}

int main(void)
{
    struct item *list = NULL;
    int keys[] = {5, 1, 9, 3, 7};
    for (int i = 0; i < 5; i++)
        insert_sorted(&list, keys[i]);
    remove_key(&list, 1);
    remove_key(&list, 7);
    for (struct item *it = list; it; it = it->next)
        printf("%d ", it->key);
    printf("\n");
    while (list) {
        struct item *n = list->next;
        free(list);
        list = n;
    }
    return 0;
}
