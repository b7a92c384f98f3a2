import { MemberDeclarationContext } from '@apexdevtools/apex-parser';
import type {
    ApexParserRuleContext,
    ClassDeclarationContext,
    EnumDeclarationContext,
    FieldDeclarationContext,
    FormalParametersContext,
    InterfaceDeclarationContext,
    MethodDeclarationContext,
    ModifierContext,
    PropertyBlockContext,
    PropertyDeclarationContext
} from '@apexdevtools/apex-parser';
import type { Member, Modifiers, Parameter, PropertyAccessor, TypeDeclaration } from './ast';
import { lowerBlock, lowerVariableDeclarators } from './lower-statements';
import {
    fail,
    locationOf,
    lowerModifiers,
    lowerTypeList,
    lowerTypeRef,
    present,
    type LowerContext
} from './lower-common';

function lowerParameters(context: LowerContext, node: FormalParametersContext): Parameter[] {
    const list = node.formalParameterList();
    if (!present(list)) {
        return [];
    }
    return list.formalParameter_list().map((parameter) => ({
        type: lowerTypeRef(context, parameter.typeRef()),
        name: parameter.id().getText(),
        modifiers: lowerModifiers(parameter.modifier_list())
    }));
}

function lowerAccessor(context: LowerContext, node: PropertyBlockContext): PropertyAccessor {
    const accessor = node.getter() ?? node.setter();
    const body = accessor.block();
    return { modifiers: lowerModifiers(node.modifier_list()), body: present(body) ? lowerBlock(context, body) : null };
}

/** What the member declarations of a class body, a trigger and an anonymous block share. */
export interface MemberNode extends ApexParserRuleContext {
    methodDeclaration(): MethodDeclarationContext | null;
    classDeclaration(): ClassDeclarationContext | null;
    interfaceDeclaration(): InterfaceDeclarationContext | null;
    enumDeclaration(): EnumDeclarationContext | null;
    propertyDeclaration(): PropertyDeclarationContext | null;
    fieldDeclaration(): FieldDeclarationContext | null;
}

/** One member with the modifiers written before it. Only a class body has constructors. */
export function lowerMember(
    context: LowerContext,
    node: MemberNode,
    modifierNodes: readonly ModifierContext[]
): Member {
    const modifiers = lowerModifiers(modifierNodes);
    const method = node.methodDeclaration();
    if (present(method)) {
        const returnType = method.typeRef();
        const body = method.block();
        return {
            kind: 'method',
            loc: locationOf(context, method),
            modifiers,
            returnType: present(returnType) ? lowerTypeRef(context, returnType) : null,
            name: method.id().getText(),
            parameters: lowerParameters(context, method.formalParameters()),
            body: present(body) ? lowerBlock(context, body) : null
        };
    }
    const constructor = node instanceof MemberDeclarationContext ? node.constructorDeclaration() : null;
    if (present(constructor)) {
        return {
            kind: 'constructor',
            loc: locationOf(context, constructor),
            modifiers,
            parameters: lowerParameters(context, constructor.formalParameters()),
            body: lowerBlock(context, constructor.block())
        };
    }
    const field = node.fieldDeclaration();
    if (present(field)) {
        return {
            kind: 'field',
            loc: locationOf(context, field),
            modifiers,
            type: lowerTypeRef(context, field.typeRef()),
            declarators: lowerVariableDeclarators(context, field.variableDeclarators())
        };
    }
    const property = node.propertyDeclaration();
    if (present(property)) {
        const blocks = property.propertyBlock_list();
        const getter = blocks.find((block) => present(block.getter()));
        const setter = blocks.find((block) => present(block.setter()));
        return {
            kind: 'property',
            loc: locationOf(context, property),
            modifiers,
            type: lowerTypeRef(context, property.typeRef()),
            name: property.id().getText(),
            getter: getter === undefined ? null : lowerAccessor(context, getter),
            setter: setter === undefined ? null : lowerAccessor(context, setter)
        };
    }
    const inner = lowerTypeDeclaration(context, node, modifiers);
    if (inner !== null) {
        return { kind: 'type', loc: inner.loc, declaration: inner };
    }
    return fail(context, node, `member not lowered: ${node.getText()}`);
}

/** The class, interface or enum in a node that may hold one of them, or null. */
export function lowerTypeDeclaration(
    context: LowerContext,
    node: {
        classDeclaration(): ClassDeclarationContext | null;
        interfaceDeclaration(): InterfaceDeclarationContext | null;
        enumDeclaration(): EnumDeclarationContext | null;
    },
    modifiers: Modifiers
): TypeDeclaration | null {
    const classDeclaration = node.classDeclaration();
    if (present(classDeclaration)) {
        return lowerClass(context, classDeclaration, modifiers);
    }
    const interfaceDeclaration = node.interfaceDeclaration();
    if (present(interfaceDeclaration)) {
        const extendsList = interfaceDeclaration.typeList();
        return {
            kind: 'interface',
            loc: locationOf(context, interfaceDeclaration),
            modifiers,
            name: interfaceDeclaration.id().getText(),
            extendsTypes: present(extendsList) ? lowerTypeList(context, extendsList) : [],
            members: interfaceDeclaration
                .interfaceBody()
                .interfaceMethodDeclaration_list()
                .map((method) => {
                    const returnType = method.typeRef();
                    return {
                        kind: 'method',
                        loc: locationOf(context, method),
                        modifiers: lowerModifiers(method.modifier_list()),
                        returnType: present(returnType) ? lowerTypeRef(context, returnType) : null,
                        name: method.id().getText(),
                        parameters: lowerParameters(context, method.formalParameters()),
                        body: null
                    };
                })
        };
    }
    const enumDeclaration = node.enumDeclaration();
    if (present(enumDeclaration)) {
        const constants = enumDeclaration.enumConstants();
        return {
            kind: 'enum',
            loc: locationOf(context, enumDeclaration),
            modifiers,
            name: enumDeclaration.id().getText(),
            values: present(constants) ? constants.id_list().map((id) => id.getText()) : []
        };
    }
    return null;
}

function lowerClass(context: LowerContext, node: ClassDeclarationContext, modifiers: Modifiers): TypeDeclaration {
    const superType = node.typeRef();
    const interfaces = node.typeList();
    const members: Member[] = [];
    for (const declaration of node.classBody().classBodyDeclaration_list()) {
        const block = declaration.block();
        if (present(block)) {
            members.push({
                kind: 'initializer',
                loc: locationOf(context, declaration),
                isStatic: present(declaration.STATIC()),
                body: lowerBlock(context, block)
            });
            continue;
        }
        const member = declaration.memberDeclaration();
        if (present(member)) {
            members.push(lowerMember(context, member, declaration.modifier_list()));
        }
    }
    return {
        kind: 'class',
        loc: locationOf(context, node),
        modifiers,
        name: node.id().getText(),
        extendsType: present(superType) ? lowerTypeRef(context, superType) : null,
        implementsTypes: present(interfaces) ? lowerTypeList(context, interfaces) : [],
        members
    };
}
